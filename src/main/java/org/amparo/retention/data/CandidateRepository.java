package org.amparo.retention.data;

import static org.amparo.db.jooq.Tables.CASE_LATEST_SCREENING;
import static org.amparo.db.jooq.Tables.CLIENT_CASE;
import static org.amparo.db.jooq.Tables.FACT_COURT_EVENT;
import static org.amparo.db.jooq.Tables.FACT_ICE_CHECKIN;
import static org.amparo.db.jooq.Tables.MANUAL_DEADLINE;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.cases.CaseStatus;
import org.amparo.platform.db.Database;
import org.amparo.retention.PurgeKind;
import org.amparo.retention.RetentionCandidate;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Closed cases with what the retention policy needs: closing date, what was purged, and the earliest date still
 * ahead for the case or its client (one query per source, never one per case).
 */
public final class CandidateRepository {

    private final Database db;

    @Inject
    public CandidateRepository(Database db) {
        this.db = db;
    }

    /** Every closed case, by case number. */
    public List<RetentionCandidate> closedCases(LocalDate asOf) {
        Map<Long, LocalDate> ahead = new HashMap<>();
        earliest(ahead, FACT_COURT_EVENT, FACT_COURT_EVENT.CLIENT_ID, FACT_COURT_EVENT.EVENT_DATE, asOf);
        earliest(ahead, FACT_ICE_CHECKIN, FACT_ICE_CHECKIN.CLIENT_ID, FACT_ICE_CHECKIN.CHECKIN_DATE, asOf);
        db.dsl().select(MANUAL_DEADLINE.CLIENT_ID, DSL.min(MANUAL_DEADLINE.DUE_ON)).from(MANUAL_DEADLINE)
                .where(MANUAL_DEADLINE.DUE_ON.ge(asOf).and(MANUAL_DEADLINE.DONE.isFalse()))
                .groupBy(MANUAL_DEADLINE.CLIENT_ID).fetch().forEach(r -> merge(ahead, r));
        return db.dsl().select(CLIENT_CASE.ID, CLIENT_CASE.CLIENT_ID, CLIENT_CASE.CASE_NUMBER, CLIENT_CASE.PROGRAM,
                        CLIENT_CASE.CLOSED_ON, CLIENT_CASE.PURGE_KIND, CASE_LATEST_SCREENING.NEXT_DEADLINE)
                .from(CLIENT_CASE).leftJoin(CASE_LATEST_SCREENING).on(CASE_LATEST_SCREENING.CASE_ID.eq(CLIENT_CASE.ID))
                .where(CLIENT_CASE.STATUS.eq(CaseStatus.CLOSED.name()))
                .orderBy(CLIENT_CASE.CASE_NUMBER)
                .fetch(r -> {
                    LocalDate next = earlier(ahead.get(r.value2()),
                            r.value7() != null && !r.value7().isBefore(asOf) ? r.value7() : null);
                    return new RetentionCandidate(r.value1(), r.value3(), PurgeRepository.programOf(r.value4()),
                            CaseStatus.CLOSED, r.value5(), r.value6() == null ? null : PurgeKind.valueOf(r.value6()),
                            next);
                });
    }

    private void earliest(Map<Long, LocalDate> ahead, Table<?> table, Field<Long> client, Field<LocalDate> date,
                          LocalDate asOf) {
        db.dsl().select(client, DSL.min(date)).from(table).where(date.ge(asOf)).groupBy(client).fetch()
                .forEach(r -> merge(ahead, r));
    }

    private static void merge(Map<Long, LocalDate> ahead, Record2<Long, LocalDate> r) {
        ahead.merge(r.value1(), r.value2(), CandidateRepository::earlier);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
