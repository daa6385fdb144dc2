package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.CASE_LATEST_SCREENING;
import static org.amparo.db.jooq.Tables.CASE_RELIEF;
import static org.amparo.db.jooq.Tables.CASE_SCREENING;
import static org.amparo.db.jooq.Tables.CLIENT;
import static org.amparo.db.jooq.Tables.CLIENT_CASE;
import static org.amparo.db.jooq.Tables.CLIENT_SEARCH_TERM;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseRow;
import org.amparo.cases.CaseStatus;
import org.amparo.clients.ClientSummary;
import org.amparo.db.jooq.tables.CaseLatestScreening;
import org.amparo.platform.db.Database;
import org.amparo.screening.FrameworkOutcome;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * The caseload: one paged query over {@code client_case} joined to its client and its latest-screening pointer
 * ({@code case_latest_screening}, absent for a case never screened), every filter of {@link CaseQuery} as an indexed
 * condition (outcome filters read the case's latest screening through its pointer), sorted with the case id as
 * tie-breaker so pages never overlap.
 */
public final class CaseloadRepository {

    private static final Field<String> RELIEF_LIST = DSL.field(DSL.select(DSL.listAgg(CASE_RELIEF.RELIEF, ", ")
            .withinGroupOrderBy(CASE_RELIEF.RELIEF)).from(CASE_RELIEF).where(CASE_RELIEF.CASE_ID.eq(CLIENT_CASE.ID)));

    /** The listed case's pointer, joined for its columns. */
    private static final CaseLatestScreening LATEST = CASE_LATEST_SCREENING.as("latest");
    /** The pointer as the filters' subqueries read it. */
    private static final CaseLatestScreening POINTER = CASE_LATEST_SCREENING.as("pointer");

    private static final Pattern TOKENS = Pattern.compile("[\\s,;]+");

    private final Database db;

    @Inject
    public CaseloadRepository(Database db) {
        this.db = db;
    }

    /** Who may be listed: everything, one program's cases, or the cases assigned to one user. */
    public record Scope(String program, String assignedUser) {

        public static final Scope ALL = new Scope(null, null);

        Condition condition() {
            if (assignedUser != null) {
                return CLIENT_CASE.ASSIGNED_ADVOCATE.eq(assignedUser).or(CLIENT_CASE.ASSIGNED_ATTORNEY.eq(assignedUser));
            }
            return program == null ? DSL.trueCondition() : CLIENT_CASE.PROGRAM.eq(program);
        }
    }

    /** A caseload row with what the visibility check needs. */
    public record ScopedRow(CaseRow row, String program, String assignedAttorney) {
    }

    public List<ScopedRow> page(CaseQuery query, LocalDate today, Scope scope, int offset, int limit) {
        return db.transactionResult(ctx -> ctx.select(CLIENT_CASE.ID, CLIENT_CASE.CLIENT_ID, CLIENT_CASE.CASE_NUMBER,
                        CLIENT_CASE.STATUS, CLIENT_CASE.ASSIGNED_ADVOCATE, LATEST.IN_FORCE_OUTCOME,
                        LATEST.NEXT_DEADLINE, LATEST.NEXT_DEADLINE_LABEL, CLIENT.GIVEN_NAME,
                        CLIENT.FAMILY_NAME, CLIENT.PREFERRED_NAME, RELIEF_LIST, CLIENT_CASE.PROGRAM,
                        CLIENT_CASE.ASSIGNED_ATTORNEY)
                .from(CLIENT_CASE).join(CLIENT).on(CLIENT.ID.eq(CLIENT_CASE.CLIENT_ID))
                .leftJoin(LATEST).on(LATEST.CASE_ID.eq(CLIENT_CASE.ID))
                .where(where(query, today, scope)).orderBy(order(query.sort())).limit(limit).offset(offset)
                .fetch(CaseloadRepository::row));
    }

    public int count(CaseQuery query, LocalDate today, Scope scope) {
        return db.transactionResult(ctx -> ctx.selectCount().from(CLIENT_CASE).join(CLIENT)
                .on(CLIENT.ID.eq(CLIENT_CASE.CLIENT_ID)).where(where(query, today, scope)).fetchOne().value1());
    }

    private static ScopedRow row(Record r) {
        String outcome = r.get(LATEST.IN_FORCE_OUTCOME);
        return new ScopedRow(new CaseRow(r.get(CLIENT_CASE.ID), r.get(CLIENT_CASE.CLIENT_ID), r.get(CLIENT_CASE.CASE_NUMBER),
                ClientSummary.displayName(r.get(CLIENT.GIVEN_NAME), r.get(CLIENT.FAMILY_NAME),
                        r.get(CLIENT.PREFERRED_NAME)), CaseStatus.valueOf(r.get(CLIENT_CASE.STATUS)),
                r.get(RELIEF_LIST) == null ? "" : r.get(RELIEF_LIST), r.get(CLIENT_CASE.ASSIGNED_ADVOCATE),
                outcome == null ? null : FrameworkOutcome.valueOf(outcome), r.get(LATEST.NEXT_DEADLINE),
                r.get(LATEST.NEXT_DEADLINE_LABEL)), r.get(CLIENT_CASE.PROGRAM), r.get(CLIENT_CASE.ASSIGNED_ATTORNEY));
    }

    private static List<Condition> where(CaseQuery q, LocalDate today, Scope scope) {
        List<Condition> where = new ArrayList<>();
        where.add(scope.condition());
        where.addAll(text(q.text()));
        q.status().ifPresent(s -> where.add(CLIENT_CASE.STATUS.eq(s.name())));
        List<Condition> pointer = new ArrayList<>();
        q.frameworkOutcome().ifPresent(outcome -> q.framework().ifPresentOrElse(
                fw -> where.add(latestScreening(CASE_SCREENING.FRAMEWORK_OUTCOMES.contains(OutcomeList.entry(fw, outcome)))),
                () -> pointer.add(POINTER.IN_FORCE_OUTCOME.eq(outcome.name()))));
        q.reliefOutcome().ifPresentOrElse(outcome -> where.add(latestScreening(CASE_SCREENING.RELIEF_OUTCOMES.contains(
                        q.relief().map(r -> OutcomeList.entry(r.name(), outcome))
                                .orElse(OutcomeList.anyEntry(outcome))))),
                () -> q.relief().ifPresent(r -> where.add(DSL.exists(DSL.selectOne().from(CASE_RELIEF)
                        .where(CASE_RELIEF.CASE_ID.eq(CLIENT_CASE.ID), CASE_RELIEF.RELIEF.eq(r.name()))))));
        LocalDate limit = q.deadlineLimit(today);
        if (limit != null) {
            pointer.add(POINTER.NEXT_DEADLINE.between(today, limit));
        }
        if (!pointer.isEmpty()) {
            where.add(CLIENT_CASE.ID.in(DSL.select(POINTER.CASE_ID).from(POINTER).where(pointer)));
        }
        q.assignedTo().ifPresent(u -> where.add(CLIENT_CASE.ASSIGNED_ADVOCATE.eq(u)
                .or(CLIENT_CASE.ASSIGNED_ATTORNEY.eq(u))));
        return where;
    }

    /** The case's latest screening matches {@code condition}. */
    private static Condition latestScreening(Condition condition) {
        return DSL.exists(DSL.selectOne().from(POINTER).join(CASE_SCREENING).on(
                CASE_SCREENING.RUN_ID.eq(POINTER.RUN_ID), CASE_SCREENING.CASE_ID.eq(POINTER.CASE_ID))
                .where(POINTER.CASE_ID.eq(CLIENT_CASE.ID), condition));
    }

    /**
     * Each whitespace-separated token must be the start of the case number, or each of its folded words must
     * prefix-match one of the client's search terms (names, aliases, A-number and phone digits).
     */
    private static List<Condition> text(String text) {
        List<Condition> out = new ArrayList<>();
        for (String token : TOKENS.split(text == null ? "" : text.strip())) {
            if (token.isEmpty()) {
                continue;
            }
            Condition names = DSL.trueCondition();
            for (String word : Folding.words(token)) {
                names = names.and(CLIENT_CASE.CLIENT_ID.in(DSL.select(CLIENT_SEARCH_TERM.CLIENT_ID)
                        .from(CLIENT_SEARCH_TERM).where(CLIENT_SEARCH_TERM.TERM.ge(word)
                                .and(CLIENT_SEARCH_TERM.TERM.lt(word + Character.MAX_VALUE)))));
            }
            out.add(names.or(DSL.lower(CLIENT_CASE.CASE_NUMBER).startsWith(token.toLowerCase(Locale.ROOT))));
        }
        return out;
    }

    private static List<SortField<?>> order(CaseQuery.Sort sort) {
        return switch (sort) {
            case CLIENT_NAME -> List.of(CLIENT.SORT_KEY.asc(), CLIENT_CASE.ID.asc());
            case CASE_NUMBER -> List.of(CLIENT_CASE.CASE_NUMBER.asc(), CLIENT_CASE.ID.asc());
            case NEXT_DEADLINE -> List.of(LATEST.NEXT_DEADLINE.asc().nullsLast(), CLIENT_CASE.ID.asc());
            case OPENED_NEWEST -> List.of(CLIENT_CASE.OPENED_ON.desc().nullsLast(), CLIENT_CASE.ID.desc());
            case STATUS -> List.of(CLIENT_CASE.STATUS.asc(), CLIENT.SORT_KEY.asc(), CLIENT_CASE.ID.asc());
        };
    }
}
