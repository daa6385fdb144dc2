package org.amparo.platform.db;

import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storage settings for loading data in bulk into H2 (an import, demo and bench data). During the load this sets
 * {@code WRITE_DELAY 2000} (the vault's is 0), then sets it back and runs {@code CHECKPOINT SYNC}. The longer delay
 * writes the pages the load keeps changing less often (importing 100,000 documents: commit 51.6 s with 500 ms, 46.8 s
 * with 2 s). The cost is crash safety during the load only: the load is one transaction whose success is reported
 * only after {@link #run} returns (the sync has then made it durable), so a crash during the load loses only that
 * uncommitted transaction. Call it outside any transaction, wrapping the load's own transaction. Other databases, or a
 * user without the right to change settings, load with the settings unchanged.
 *
 * <p>H2's {@code RETENTION_TIME} stays at the vault's 45 s. Setting it to 0 during loads (to keep the file small) lost
 * committed imports: a vault re-screened and then given an import, each in its own process, opened next time as it
 * was before the import, batch row and all, in most runs.
 */
public final class BulkLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    private static final Map<String, Integer> BULK = Map.of("WRITE_DELAY", 2000);
    /** The vault's settings (DESIGN: {@code WRITE_DELAY=0}), restored after the load. */
    private static final Map<String, Integer> VAULT = Map.of("WRITE_DELAY", 0);

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
