package org.amparo.platform.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The schema's single source: Flyway migrations under {@code classpath:db/migration}, validated then applied. */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /** Whether an existing schema (at least one migration applied) has migrations still to apply. */
    public static boolean pendingOnExisting(DataSource dataSource) {
        var info = Flyway.configure().dataSource(dataSource).locations(LOCATION).load().info();
        return info.applied().length > 0 && info.pending().length > 0;
    }

    /** Validates the applied migrations against the bundled ones and applies any new ones (never drops data). */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateOnMigrate(true)
                .cleanDisabled(true)
                .load()
                .migrate();
    }
}
