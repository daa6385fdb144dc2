package org.amparo.platform.db;

import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and initialises jOOQ's and Flyway's classes on a low-priority background thread (about 0.8 s of class
 * initialisation on a cold JVM), so that the first query after unlocking does not pay for it. Touches no database
 * and no vault: it only renders SQL text and builds a configuration. Started once the first window is up.
 */
public final class ClassWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ClassWarmUp.class);

    private ClassWarmUp() {
    }

    public static void startInBackground() {
        Thread thread = new Thread(ClassWarmUp::warm, "amparo-class-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void warm() {
        try {
            DSL.using(SQLDialect.H2).select(DSL.field("id")).from(DSL.table("client"))
                    .where(DSL.field("id").eq(1L)).orderBy(DSL.field("id")).limit(1).getSQL();
            Flyway.configure().locations("classpath:db/migration");
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Class warm-up skipped", e);
        }
    }
}
