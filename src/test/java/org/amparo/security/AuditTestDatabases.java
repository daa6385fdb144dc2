package org.amparo.security;

import java.util.UUID;
import org.amparo.platform.db.DataSourceDatabase;
import org.amparo.platform.db.Database;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.SQLDialect;

/** A fresh, migrated in-memory H2 behind a small connection pool (audit tests run thousands of short transactions). */
final class AuditTestDatabases {

    private AuditTestDatabases() {
    }

    static Database pooled() {
        JdbcConnectionPool pool = JdbcConnectionPool.create(
                "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000", "sa", "");
        pool.setMaxConnections(4);
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        return new DataSourceDatabase(pool, SQLDialect.H2);
    }
}
