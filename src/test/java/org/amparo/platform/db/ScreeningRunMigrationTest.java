package org.amparo.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** V10 (runs stored chunk by chunk count once complete) keeps every run a vault already had, as complete. */
class ScreeningRunMigrationTest {

    @Test
    void runsStoredBeforeTheUpgradeStayInTheHistoryAsComplete() {
        JdbcDataSource ds = TestDatabases.atVersion("9");
        var v9 = DSL.using(ds, org.jooq.SQLDialect.H2);
        v9.execute("INSERT INTO screening_run (started_at, as_of, trigger_text, run_by, cases_screened) VALUES "
                + "(TIMESTAMP WITH TIME ZONE '2025-02-01 09:00:00+00', DATE '2025-02-01', 'manual', 'ana', 12)");

        Migrations.migrate(ds);

        var row = DSL.using(ds, org.jooq.SQLDialect.H2).fetchOne(
                "SELECT started_at, completed_at, cases_screened FROM screening_run");
        assertThat(row.get(1, OffsetDateTime.class)).isEqualTo(row.get(0, OffsetDateTime.class));
        assertThat(row.get(2, Integer.class)).isEqualTo(12);
    }
}
