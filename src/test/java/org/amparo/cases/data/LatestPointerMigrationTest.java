package org.amparo.cases.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseRow;
import org.amparo.cases.CaseScreening;
import org.amparo.platform.db.DataSourceDatabase;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.Migrations;
import org.amparo.platform.db.TestDatabases;
import org.amparo.screening.FrameworkOutcome;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * V12 moves each case's latest-screening pointer (with its in-force outcome and next deadline) out of client_case:
 * after the upgrade a screened case still shows the same latest screening, outcome and deadline in the caseload, and
 * a case never screened still shows none.
 */
class LatestPointerMigrationTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 2, 10);

    @Test
    void everyCaseKeepsItsLatestScreeningOutcomeAndDeadline() {
        JdbcDataSource ds = TestDatabases.atVersion("11");
        DSLContext v11 = DSL.using(ds, SQLDialect.H2);
        long screened = caseOf(v11, "Ficticia", "2025-0001");
        long never = caseOf(v11, "Inventada", "2025-0002");
        long first = run(v11, "2025-01-01");
        long second = run(v11, "2025-02-01");
        screening(v11, first, screened, "NOT_PRIORITY");
        screening(v11, second, screened, "PRIORITY");
        v11.execute("UPDATE client_case SET latest_run_id = ?, in_force_framework = 'eo14159_2025', in_force_outcome ="
                + " 'PRIORITY', next_deadline = DATE '2025-03-01', next_deadline_label = 'U visa: file I-918' WHERE id"
                + " = ?", second, screened);

        Migrations.migrate(ds);

        Database db = new DataSourceDatabase(ds, SQLDialect.H2);
        Map<Long, CaseScreening> latest = new ScreeningRepository(db).latest(List.of(screened, never));
        assertThat(latest).containsOnlyKeys(screened);
        assertThat(latest.get(screened).runId()).isEqualTo(second);
        CaseloadRepository caseload = new CaseloadRepository(db);
        List<CaseRow> rows = caseload.page(sortedByDeadline(Optional.empty()), TODAY,
                CaseloadRepository.Scope.ALL, 0, 10).stream().map(CaseloadRepository.ScopedRow::row).toList();
        assertThat(rows).extracting(CaseRow::caseId).containsExactly(screened, never);
        assertThat(rows.get(0).inForceOutcome()).isEqualTo(FrameworkOutcome.PRIORITY);
        assertThat(rows.get(0).nextDeadline()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(rows.get(0).nextDeadlineLabel()).isEqualTo("U visa: file I-918");
        assertThat(rows.get(1).inForceOutcome()).isNull();
        assertThat(rows.get(1).nextDeadline()).isNull();
        assertThat(caseload.count(sortedByDeadline(Optional.of(FrameworkOutcome.PRIORITY)), TODAY,
                CaseloadRepository.Scope.ALL)).isEqualTo(1);
        assertThat(caseload.count(sortedByDeadline(Optional.of(FrameworkOutcome.NOT_PRIORITY)), TODAY,
                CaseloadRepository.Scope.ALL)).as("the older run's outcome is not the latest").isZero();
    }

    private static CaseQuery sortedByDeadline(Optional<FrameworkOutcome> outcome) {
        return new CaseQuery("", Optional.empty(), Optional.empty(), outcome, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), CaseQuery.Sort.NEXT_DEADLINE);
    }

    private static long caseOf(DSLContext ctx, String name, String number) {
        long client = id(ctx, "INSERT INTO client (given_name, family_name) VALUES ('" + name + "', 'Prueba')");
        return id(ctx, "INSERT INTO client_case (client_id, case_number, status) VALUES (" + client + ", '" + number
                + "', 'OPEN')");
    }

    private static long run(DSLContext ctx, String day) {
        return id(ctx, "INSERT INTO screening_run (started_at, completed_at, latest_moved_at, as_of, trigger_text, "
                + "run_by, cases_screened) VALUES (TIMESTAMP WITH TIME ZONE '" + day + " 09:00:00+00', TIMESTAMP WITH"
                + " TIME ZONE '" + day + " 09:01:00+00', TIMESTAMP WITH TIME ZONE '" + day + " 09:02:00+00', DATE '"
                + day + "', 'manual', 'ana', 1)");
    }

    private static void screening(DSLContext ctx, long run, long caseId, String outcome) {
        ctx.execute("INSERT INTO case_screening (run_id, case_id, screened_at, as_of, in_force_framework, "
                + "in_force_outcome, framework_outcomes) VALUES (?, ?, CURRENT_TIMESTAMP, DATE '2025-02-01', "
                + "'eo14159_2025', ?, ?)", run, caseId, outcome, "|eo14159_2025=" + outcome + "|");
    }

    private static long id(DSLContext ctx, String insert) {
        return ((Number) ctx.fetchValue("SELECT id FROM FINAL TABLE (" + insert + ")")).longValue();
    }
}
