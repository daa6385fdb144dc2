package org.amparo.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** V12 (imports committed chunk by chunk count once finished) keeps every import a vault already had, as finished. */
class ImportBatchMigrationTest {

    @Test
    void importsStoredBeforeTheUpgradeStayListedAsFinished() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:v11-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations(Migrations.LOCATION).target("11").load().migrate();
        var v11 = DSL.using(ds, org.jooq.SQLDialect.H2);
        v11.execute("INSERT INTO import_batch (file_name, file_format, file_sha256, rows_read, imported, rejected, "
                + "only_valid, created_by, created_at) VALUES ('demo-ejemplo.jsonl', 'JSONL', 'abc', 7, 7, 0, FALSE, "
                + "'ana', TIMESTAMP WITH TIME ZONE '2025-03-01 10:00:00+00')");

        Migrations.migrate(ds);

        var row = DSL.using(ds, org.jooq.SQLDialect.H2).fetchOne(
                "SELECT created_at, finished_at, imported FROM import_batch");
        assertThat(row.get(1, OffsetDateTime.class)).isEqualTo(row.get(0, OffsetDateTime.class));
        assertThat(row.get(2, Integer.class)).isEqualTo(7);
    }
}
