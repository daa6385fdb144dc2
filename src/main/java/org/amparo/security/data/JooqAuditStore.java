package org.amparo.security.data;

import static org.amparo.db.jooq.Tables.AUDIT_APPEND_LOCK;
import static org.amparo.db.jooq.Tables.AUDIT_LOG;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.amparo.db.jooq.tables.records.AuditLogRecord;
import org.amparo.platform.db.Database;
import org.amparo.security.AuditEntry;
import org.amparo.security.AuditStore;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * The audit chain in the {@code audit_log} table (migration V5). Insert and select only. Appends serialise on the
 * single row of {@code audit_append_lock} (made by the first append, which happens alone: the vault's creation).
 */
@Singleton
public final class JooqAuditStore implements AuditStore {

    private static final int APPEND_BATCH = 1_000;

    private final Database db;

    @Inject
    public JooqAuditStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<AuditEntry> lockHead() {
        return db.transactionResult(ctx -> {
            if (ctx.selectFrom(AUDIT_APPEND_LOCK).where(AUDIT_APPEND_LOCK.ID.eq(1)).forUpdate().fetchOne() == null) {
                createLockRow(ctx);
                ctx.selectFrom(AUDIT_APPEND_LOCK).where(AUDIT_APPEND_LOCK.ID.eq(1)).forUpdate().fetchOne();
            }
            return newest(ctx);
        });
    }

    /**
     * Inserts the lock row. Two first appends may race: the loser waits for the winner's commit and then fails on the
     * key (H2 undoes only that statement), after which the row exists and can be locked.
     */
    private static void createLockRow(DSLContext ctx) {
        try {
            ctx.insertInto(AUDIT_APPEND_LOCK).set(AUDIT_APPEND_LOCK.ID, 1).onDuplicateKeyIgnore().execute();
        } catch (IntegrityConstraintViolationException raced) {
            // the other first append made the row
        }
    }

    @Override
    public Optional<AuditEntry> newest() {
        return newest(db.dsl());
    }

    private static Optional<AuditEntry> newest(DSLContext ctx) {
        return ctx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ.desc()).limit(1).fetchOptional()
                .map(JooqAuditStore::entry);
    }

    /** One JDBC batch of inserts, {@value #APPEND_BATCH} entries per execution. */
    @Override
    public void appendAll(List<AuditEntry> entries) {
        db.transaction(ctx -> {
            for (int from = 0; from < entries.size(); from += APPEND_BATCH) {
                BatchBindStep batch = ctx.batch(ctx.insertInto(AUDIT_LOG, AUDIT_LOG.SEQ, AUDIT_LOG.AT, AUDIT_LOG.ACTOR,
                        AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY_TYPE, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.PREV_MAC, AUDIT_LOG.MAC)
                        .values((Long) null, null, null, null, null, null, null, null));
                for (AuditEntry e : entries.subList(from, Math.min(entries.size(), from + APPEND_BATCH))) {
                    batch.bind(e.seq(), e.at().atOffset(ZoneOffset.UTC), e.actor(), e.action(), e.entityType(),
                            e.entityId(), e.prevMac(), e.mac());
                }
                batch.execute();
            }
        });
    }

    @Override
    public List<AuditEntry> page(long afterSeq, int limit) {
        return db.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.gt(afterSeq)).orderBy(AUDIT_LOG.SEQ).limit(limit)
                .fetch(JooqAuditStore::entry);
    }

    @Override
    public List<AuditEntry> newest(int limit) {
        return db.dsl().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ.desc()).limit(limit)
                .fetch(JooqAuditStore::entry);
    }

    @Override
    public Optional<AuditEntry> bySeq(long seq) {
        return db.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.eq(seq)).fetchOptional(JooqAuditStore::entry);
    }

    @Override
    public long maxSeq() {
        Long max = db.dsl().select(org.jooq.impl.DSL.max(AUDIT_LOG.SEQ)).from(AUDIT_LOG).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    @Override
    public boolean linkedFromAfter(byte[] prevMac, long afterSeq) {
        return db.dsl().fetchExists(AUDIT_LOG, AUDIT_LOG.PREV_MAC.eq(prevMac).and(AUDIT_LOG.SEQ.gt(afterSeq)));
    }

    private static AuditEntry entry(AuditLogRecord r) {
        return new AuditEntry(r.getSeq(), r.getAt().toInstant(), r.getActor(), r.getAction(), r.getEntityType(),
                r.getEntityId(), r.getPrevMac(), r.getMac());
    }
}
