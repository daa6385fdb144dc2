package org.amparo.clients.data;

import static org.amparo.db.jooq.Tables.CLIENT;
import static org.amparo.db.jooq.Tables.CLIENT_SEARCH_TERM;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.amparo.clients.ClientSummary;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** The search statements through jOOQ. The static builders also give {@link JdbcSearchSql} its SQL text. */
final class JooqSearchSql implements SearchSql {

    private static final SelectField<?>[] COLUMNS = {CLIENT.ID, CLIENT.GIVEN_NAME, CLIENT.FAMILY_NAME,
        CLIENT.PREFERRED_NAME, CLIENT.LIST_ALIASES, CLIENT.DOB, CLIENT.A_NUMBER, CLIENT.LIST_PHONE};

    private final DSLContext ctx;

    JooqSearchSql(DSLContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public int countTerms(String word, int cap) {
        return countTermsQuery(ctx, word, cap).fetchOne().value1();
    }

    @Override
    public List<Candidate> candidates(String word) {
        return candidatesQuery(ctx, word).fetch(r -> new Candidate(r.value1(), r.value2()));
    }

    @Override
    public List<Long> probe(Long[] ids, List<String> words) {
        return probeQuery(ctx, ids, words).fetch(Record1::value1);
    }

    @Override
    public List<Long> walk(List<String> words, int limit) {
        return walkQuery(ctx, words, limit).fetch(Record1::value1);
    }

    @Override
    public List<ClientSummary> byIds(Long[] ids) {
        return summaries(byIdsQuery(ctx, ids));
    }

    @Override
    public List<ClientSummary> listing(int limit) {
        return summaries(listingQuery(ctx, limit));
    }

    static ResultQuery<Record1<Integer>> countTermsQuery(DSLContext ctx, String word, int cap) {
        return ctx.selectCount().from(DSL.selectOne().from(CLIENT_SEARCH_TERM).where(inRange(word)).limit(cap));
    }

    static ResultQuery<Record2<String, Long>> candidatesQuery(DSLContext ctx, String word) {
        return ctx.select(CLIENT_SEARCH_TERM.SORT_KEY, CLIENT_SEARCH_TERM.CLIENT_ID).from(CLIENT_SEARCH_TERM)
                .where(inRange(word));
    }

    static ResultQuery<Record1<Long>> probeQuery(DSLContext ctx, Long[] ids, List<String> words) {
        return ctx.select(CLIENT.ID).from(CLIENT).where(CLIENT.ID.in(Arrays.asList(ids))).and(hasAll(words));
    }

    static ResultQuery<Record1<Long>> walkQuery(DSLContext ctx, List<String> words, int limit) {
        return ctx.select(CLIENT.ID).from(CLIENT).where(hasAll(words)).orderBy(CLIENT.SORT_KEY, CLIENT.ID)
                .limit(limit);
    }

    static ResultQuery<?> byIdsQuery(DSLContext ctx, Long[] ids) {
        return ctx.select(COLUMNS).from(CLIENT).where(CLIENT.ID.in(Arrays.asList(ids)))
                .orderBy(CLIENT.SORT_KEY, CLIENT.ID);
    }

    static ResultQuery<?> listingQuery(DSLContext ctx, int limit) {
        return ctx.select(COLUMNS).from(CLIENT).orderBy(CLIENT.SORT_KEY, CLIENT.ID).limit(limit);
    }

    /** Words contain only letters or digits (see {@link SearchTerms#queryWords}), so no LIKE escaping is needed. */
    private static Condition hasAll(List<String> words) {
        Condition all = DSL.noCondition();
        for (String w : words) {
            all = all.and(CLIENT.SEARCH_TEXT.like("% " + w + "%"));
        }
        return all;
    }

    private static Condition inRange(String word) {
        return CLIENT_SEARCH_TERM.TERM.ge(word).and(CLIENT_SEARCH_TERM.TERM.lt(SearchTerms.upperBound(word)));
    }

    private static List<ClientSummary> summaries(ResultQuery<?> query) {
        return query.fetch(r -> ClientSummaries.of(r.get(CLIENT.ID), r.get(CLIENT.GIVEN_NAME),
                r.get(CLIENT.FAMILY_NAME), r.get(CLIENT.PREFERRED_NAME), r.get(CLIENT.LIST_ALIASES),
                r.get(CLIENT.DOB, LocalDate.class), r.get(CLIENT.A_NUMBER), r.get(CLIENT.LIST_PHONE)));
    }
}
