package org.amparo.platform.db;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;

/** A fresh in-memory H2 per call (unique name), migrated with the real Flyway migrations (all, or up to a version). */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database freshInMemory() {
        JdbcDataSource ds = blank();
        Flyway.configure().dataSource(ds).locations(Migrations.LOCATION).load().migrate();
        return new DataSourceDatabase(ds, SQLDialect.H2);
    }

    /**
     * A fresh in-memory H2 migrated up to and including {@code version} only, as a vault made by an older Amparo: a
     * test fills it, then runs {@link Migrations#migrate} to see what the newer migrations do to its rows.
     */
    public static JdbcDataSource atVersion(String version) {
        JdbcDataSource ds = blank();
        Flyway.configure().dataSource(ds).locations(Migrations.LOCATION).target(version).load().migrate();
        return ds;
    }

    private static JdbcDataSource blank() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }
}
