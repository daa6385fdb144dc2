package org.amparo.clients.data;

import java.util.List;
import org.amparo.clients.ClientSummary;

/** The statements type-ahead search is made of; run through jOOQ by the service, over raw JDBC for the floor. */
interface SearchSql {

    /** A client matching a word, with its sort key (from the covering term index). */
    record Candidate(String sortKey, long clientId) { }

    /** Terms starting with {@code word}, counted up to {@code cap}. */
    int countTerms(String word, int cap);

    /** Clients with a term starting with {@code word}, in no order and possibly repeated. */
    List<Candidate> candidates(String word);

    /** Those of {@code ids} whose search text has a term starting with each of {@code words}. */
    List<Long> probe(Long[] ids, List<String> words);

    /** The first {@code limit} clients in list order with a term starting with each of {@code words}. */
    List<Long> walk(List<String> words, int limit);

    /** List rows of {@code ids}, in list order. */
    List<ClientSummary> byIds(Long[] ids);

    /** The first {@code limit} clients in list order. */
    List<ClientSummary> listing(int limit);
}
