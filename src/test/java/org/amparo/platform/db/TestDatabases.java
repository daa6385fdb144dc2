package org.amparo.platform.db;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;

/** A fresh in-memory H2 per call (unique name), migrated with the real Flyway migrations. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database freshInMemory() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return new DataSourceDatabase(ds, SQLDialect.H2);
    }
}
