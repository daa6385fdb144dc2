package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.CASE_LATEST_SCREENING;
import static org.amparo.db.jooq.Tables.SCREENING_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amparo.cases.CaseScreening;
import org.amparo.cases.ScreeningRun;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

/** A completed run moves its cases' latest pointers a few cases per transaction, and a cut-short move is finished. */
class ScreeningMovesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final String EO = "eo14159_2025";

    private final Database db = TestDatabases.freshInMemory();
    private final ScreeningRepository screenings = new ScreeningRepository(db, 3);

    private List<Long> cases(int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long client = ((Number) db.dsl().fetchValue("SELECT id FROM FINAL TABLE (INSERT INTO client (given_name) "
                    + "VALUES ('Ficticia'))")).longValue();
            ids.add(((Number) db.dsl().fetchValue("SELECT id FROM FINAL TABLE (INSERT INTO client_case (client_id, "
                    + "case_number, status) VALUES (?, ?, 'OPEN'))", client, "2026-" + (1000 + i))).longValue());
        }
        return ids;
    }

    private long storedRun(List<Long> caseIds, FrameworkOutcome outcome, LocalDate deadline) {
        long run = screenings.begin(new ScreeningRun(null, Instant.parse("2026-06-01T09:00:00Z"), AS_OF,
                List.of(EO), "test", "ana", 0), "ana");
        List<CaseScreening> results = caseIds.stream().map(id -> new CaseScreening(id, run, null, AS_OF,
                Map.of(EO, outcome), Map.of(Relief.u_visa, ReliefOutcome.NEEDS_MORE_INFO), EO, deadline,
                "File by then")).toList();
        screenings.store(run, results, "ana");
        screenings.complete(run, results.size(), "ana");
        return run;
    }

    private Record pointer(long caseId) {
        return db.dsl().select(CASE_LATEST_SCREENING.RUN_ID, CASE_LATEST_SCREENING.IN_FORCE_FRAMEWORK,
                CASE_LATEST_SCREENING.IN_FORCE_OUTCOME, CASE_LATEST_SCREENING.NEXT_DEADLINE,
                CASE_LATEST_SCREENING.NEXT_DEADLINE_LABEL).from(CASE_LATEST_SCREENING)
                .where(CASE_LATEST_SCREENING.CASE_ID.eq(caseId)).fetchOne();
    }

    @Test
    void everyCaseOfTheRunPointsAtItWithItsOutcomeAndDeadlineAcrossSeveralTransactions() {
        List<Long> ids = cases(8);
        long run = storedRun(ids.subList(0, 7), FrameworkOutcome.LIKELY_PRIORITY, AS_OF.plusDays(20));

        screenings.moveLatest(run);

        for (long id : ids.subList(0, 7)) {
            assertThat(pointer(id).intoList()).as("case " + id).containsExactly(run, EO, "LIKELY_PRIORITY",
                    AS_OF.plusDays(20), "File by then");
        }
        assertThat(pointer(ids.get(7))).as("not in the run: never screened").isNull();
        assertThat(db.dsl().select(SCREENING_RUN.LATEST_MOVED_AT).from(SCREENING_RUN).where(SCREENING_RUN.ID.eq(run))
                .fetchOne().value1()).isNotNull();
    }

    @Test
    void movesACrashCutShortAreFinishedAndRunsStillMovingAreLeftAlone() {
        List<Long> ids = cases(5);
        long first = storedRun(ids, FrameworkOutcome.NOT_PRIORITY, null);
        screenings.moveLatest(first);
        long cutShort = storedRun(ids, FrameworkOutcome.PRIORITY, AS_OF.plusDays(3));
        // the process dies after completing the run, before its pointers move

        assertThat(screenings.history(ids.get(0))).extracting(CaseScreening::runId).containsExactly(cutShort, first);
        assertThat(pointer(ids.get(4)).get(CASE_LATEST_SCREENING.IN_FORCE_OUTCOME)).isEqualTo("NOT_PRIORITY");
        assertThat(screenings.finishMoves(Set.of(cutShort))).as("still moving in this process").isZero();
        assertThat(pointer(ids.get(4)).get(CASE_LATEST_SCREENING.RUN_ID)).isEqualTo(first);

        assertThat(screenings.finishMoves(Set.of())).isEqualTo(1);

        for (long id : ids) {
            assertThat(pointer(id).intoList()).containsExactly(cutShort, EO, "PRIORITY", AS_OF.plusDays(3),
                    "File by then");
        }
        assertThat(screenings.finishMoves(Set.of())).as("nothing left to finish").isZero();
    }
}
