package org.amparo.cases.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.amparo.cases.CaseScreening;
import org.amparo.platform.db.DataSourceDatabase;
import org.amparo.platform.db.Migrations;
import org.amparo.platform.db.TestDatabases;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * V11 moves each stored screening's outcomes from two child tables into two columns of the screening: every outcome a
 * vault already had is still in the case's history after the upgrade, and the child tables are gone.
 */
class ScreeningOutcomesMigrationTest {

    @Test
    void everyStoredOutcomeIsKeptInTheCasesHistory() {
        JdbcDataSource ds = TestDatabases.atVersion("10");
        DSLContext v10 = DSL.using(ds, SQLDialect.H2);
        long client = id(v10, "INSERT INTO client (given_name, family_name) VALUES ('Ficticia', 'Prueba')");
        long caseId = id(v10, "INSERT INTO client_case (client_id, case_number, status) VALUES (" + client
                + ", '2025-0001', 'OPEN')");
        long first = run(v10, "2025-01-01");
        long second = run(v10, "2025-02-01");
        screening(v10, first, caseId);
        screening(v10, second, caseId);
        v10.execute("INSERT INTO case_framework_outcome (run_id, case_id, framework, outcome) VALUES "
                + "(?, ?, 'dhs2021_mayorkas', 'NOT_PRIORITY'), (?, ?, 'eo14159_2025', 'PRIORITY'), "
                + "(?, ?, 'odd|id=x%', 'NEEDS_REVIEW')", second, caseId, second, caseId, second, caseId);
        v10.execute("INSERT INTO case_relief_outcome (run_id, case_id, relief, outcome) VALUES "
                + "(?, ?, 'u_visa', 'LIKELY_ELIGIBLE'), (?, ?, 'vawa_self_petition', 'NEEDS_MORE_INFO')",
                second, caseId, second, caseId);
        v10.execute("UPDATE client_case SET latest_run_id = ? WHERE id = ?", second, caseId);

        Migrations.migrate(ds);

        List<CaseScreening> history = new ScreeningRepository(new DataSourceDatabase(ds, SQLDialect.H2))
                .history(caseId);
        assertThat(history).extracting(CaseScreening::runId).containsExactly(second, first);
        assertThat(history.get(0).frameworks()).isEqualTo(Map.of("dhs2021_mayorkas", FrameworkOutcome.NOT_PRIORITY,
                "eo14159_2025", FrameworkOutcome.PRIORITY, "odd|id=x%", FrameworkOutcome.NEEDS_REVIEW));
        assertThat(history.get(0).relief()).isEqualTo(Map.of(Relief.u_visa, ReliefOutcome.LIKELY_ELIGIBLE,
                Relief.vawa_self_petition, ReliefOutcome.NEEDS_MORE_INFO));
        assertThat(history.get(1).frameworks()).isEmpty();
        assertThat(history.get(1).relief()).isEmpty();
        assertThat(DSL.using(ds, SQLDialect.H2).fetchCount(DSL.table(DSL.name("INFORMATION_SCHEMA", "TABLES")),
                DSL.field(DSL.name("TABLE_NAME")).in("CASE_FRAMEWORK_OUTCOME", "CASE_RELIEF_OUTCOME"))).isZero();
    }

    private static long run(DSLContext ctx, String day) {
        return id(ctx, "INSERT INTO screening_run (started_at, completed_at, as_of, trigger_text, run_by, "
                + "cases_screened) VALUES (TIMESTAMP WITH TIME ZONE '" + day + " 09:00:00+00', TIMESTAMP WITH TIME "
                + "ZONE '" + day + " 09:01:00+00', DATE '" + day + "', 'manual', 'ana', 1)");
    }

    private static void screening(DSLContext ctx, long run, long caseId) {
        ctx.execute("INSERT INTO case_screening (run_id, case_id, screened_at, as_of) VALUES (?, ?, CURRENT_TIMESTAMP, "
                + "DATE '2025-02-01')", run, caseId);
    }

    private static long id(DSLContext ctx, String insert) {
        return ((Number) ctx.fetchValue("SELECT id FROM FINAL TABLE (" + insert + ")")).longValue();
    }
}
