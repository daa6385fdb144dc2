package org.amparo.security.data;

import static org.amparo.db.jooq.Tables.BREAK_GLASS;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.amparo.platform.db.Database;

/** The {@code break_glass} table: who broke the glass, why, and for how long. */
public final class BreakGlassRepository {

    private final Database db;

    @Inject
    public BreakGlassRepository(Database db) {
        this.db = db;
    }

    /** Records a break-glass and returns its id (the audit entry names it). */
    public long insert(String user, String reason, OffsetDateTime start, OffsetDateTime end) {
        return db.transactionResult(ctx -> ctx.insertInto(BREAK_GLASS, BREAK_GLASS.USER_NAME, BREAK_GLASS.REASON,
                        BREAK_GLASS.STARTED_AT, BREAK_GLASS.ENDS_AT)
                .values(user, reason, start, end)
                .returningResult(BREAK_GLASS.ID).fetchOne().value1());
    }
}
