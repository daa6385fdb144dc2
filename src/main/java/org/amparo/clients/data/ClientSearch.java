package org.amparo.clients.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.amparo.clients.ClientSummary;

/**
 * Type-ahead search: every query word must prefix-match a term of the same client. H2 reads index ranges at about
 * a microsecond a row but a random lookup costs ten or more, so the plan avoids lookups:
 * <ul>
 *   <li>each word's terms are counted up to {@value #RARE}; a word with no term ends the search;</li>
 *   <li>several words, all common: the first of them is counted again up to {@value #WIDE}; if it stays under,
 *       it is treated as rare (two common words can meet rarely, and the walk would then read far);</li>
 *   <li>common (every word above {@value #RARE}, and for several words the first above {@value #WIDE}): walk {@code client_sort_ix (sort_key, id, search_text)} in list
 *       order with {@code search_text LIKE '% word%'} per word; matches are frequent, so the page fills early;</li>
 *   <li>rare: the rarest word's candidates come from the covering index {@code (term, sort_key, client_id)} and
 *       are sorted here; other rare words are intersected the same way; common words are checked on the candidates
 *       in list order, {@value #PROBE} at a time, until the page is full.</li>
 * </ul>
 * Sorting and de-duplication happen here, not in SQL ({@code DISTINCT … ORDER BY} is several times slower in H2).
 */
final class ClientSearch {

    static final int RARE = 2000;
    static final int PROBE = 100;
    static final int WIDE = 5_000;
    private static final Comparator<SearchSql.Candidate> LIST_ORDER =
            Comparator.comparing(SearchSql.Candidate::sortKey).thenComparingLong(SearchSql.Candidate::clientId);

    List<ClientSummary> search(SearchSql sql, String query, int limit) {
        List<String> words = SearchTerms.queryWords(query);
        if (words.isEmpty()) {
            return sql.listing(limit);
        }
        List<String> rare = new ArrayList<>();
        List<String> common = new ArrayList<>();
        String rarest = null;
        int fewest = Integer.MAX_VALUE;
        for (String w : words) {
            int n = sql.countTerms(w, RARE + 1);
            if (n == 0) {
                return List.of();
            }
            (n > RARE ? common : rare).add(w);
            if (n < fewest) {
                fewest = n;
                rarest = w;
            }
        }
        if (rare.isEmpty() && words.size() > 1) {
            // common words can still meet rarely: scan the rarest word when it is not too common
            int n = sql.countTerms(rarest, WIDE + 1);
            if (n <= WIDE) {
                common.remove(rarest);
                rare.add(rarest);
            }
        }
        List<Long> page = rare.isEmpty() ? sql.walk(words, limit) : rarePlan(sql, rare, rarest, common, limit);
        return page.isEmpty() ? List.of() : sql.byIds(page.toArray(new Long[0]));
    }

    private static List<Long> rarePlan(SearchSql sql, List<String> rare, String rarest, List<String> common,
                                       int limit) {
        List<Long> ids = sortedIds(sql.candidates(rarest));
        for (String w : rare) {
            if (!w.equals(rarest)) {
                Set<Long> keep = new HashSet<>();
                sql.candidates(w).forEach(c -> keep.add(c.clientId()));
                ids.removeIf(id -> !keep.contains(id));
            }
        }
        if (common.isEmpty()) {
            return ids.subList(0, Math.min(limit, ids.size()));
        }
        List<Long> page = new ArrayList<>(limit);
        for (int from = 0; from < ids.size() && page.size() < limit; from += PROBE) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + PROBE));
            Set<Long> matching = new HashSet<>(sql.probe(padded(chunk), common));
            for (Long id : chunk) {
                if (matching.contains(id) && page.size() < limit) {
                    page.add(id);
                }
            }
        }
        return page;
    }

    private static List<Long> sortedIds(List<SearchSql.Candidate> candidates) {
        List<SearchSql.Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(LIST_ORDER);
        List<Long> ids = new ArrayList<>(sorted.size());
        long last = Long.MIN_VALUE;
        for (SearchSql.Candidate c : sorted) {
            if (c.clientId() != last) {
                ids.add(c.clientId());
                last = c.clientId();
            }
        }
        return ids;
    }

    /** Exactly {@value #PROBE} ids (the last repeated), so the probe statement has one shape. */
    private static Long[] padded(List<Long> chunk) {
        Long[] ids = new Long[PROBE];
        for (int i = 0; i < PROBE; i++) {
            ids[i] = chunk.get(Math.min(i, chunk.size() - 1));
        }
        return ids;
    }
}
