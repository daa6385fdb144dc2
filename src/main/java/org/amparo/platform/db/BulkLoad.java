package org.amparo.platform.db;

import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storage settings for loading synthetic data in bulk into H2. With the vault's {@code WRITE_DELAY=0} and the default
 * 45 s {@code RETENTION_TIME}, H2 keeps every rewritten index page of the last 45 s, and a 100,000-client fill grows
 * the file to many gigabytes (measured: 1 GB per 10,000 clients). During the load this sets {@code WRITE_DELAY 2000}
 * and {@code RETENTION_TIME 0} (about 6 KB per client), then sets the vault's values back ({@code WRITE_DELAY 0},
 * {@code RETENTION_TIME 45000}) and runs {@code CHECKPOINT SYNC}. The longer delay writes the pages the load keeps
 * changing less often (importing 100,000 documents: commit 51.6 s with 500 ms, 46.8 s with 2 s). The
 * cost is crash safety during the load only. That is acceptable for demo and bench data, and for a load that is one
 * transaction whose success is reported only after {@link #run} returns (the sync has then made it durable): a crash
 * during the load loses only that uncommitted transaction. Call it outside any transaction, wrapping the load's own
 * transaction. Other databases, or a user without the right to change settings, load with the settings unchanged.
 */
public final class BulkLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    private static final Map<String, Integer> BULK = Map.of("WRITE_DELAY", 2000, "RETENTION_TIME", 0);
    /** The vault's settings (DESIGN: {@code WRITE_DELAY=0}; H2's default retention), restored after the load. */
    private static final Map<String, Integer> VAULT = Map.of("WRITE_DELAY", 0, "RETENTION_TIME", 45_000);

    /** Set while this thread runs a load. */
    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private BulkLoad() {
    }

    /**
     * Runs {@code work} under the bulk settings, then restores the vault's settings and syncs the file. A load inside
     * a load (an import's chunks inside the import) just runs: the outer one holds the settings and syncs once.
     */
    public static void run(Database db, Runnable work) {
        if (ACTIVE.get() != null) {
            work.run();
            return;
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            runOutermost(db, work);
        } finally {
            ACTIVE.remove();
        }
    }

    private static void runOutermost(Database db, Runnable work) {
        DSLContext ctx = db.dsl();
        boolean applied = ctx.dialect().family() == SQLDialect.H2 && set(ctx, BULK);
        try {
            work.run();
        } finally {
            if (applied) {
                set(ctx, VAULT);
                ctx.execute("CHECKPOINT SYNC");
            }
        }
    }

    private static boolean set(DSLContext ctx, Map<String, Integer> settings) {
        try {
            settings.forEach((name, value) -> ctx.execute("SET " + name + " " + value));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Bulk-load settings not changed ({}); loading with the current settings", e.getMessage());
            return false;
        }
    }
}
