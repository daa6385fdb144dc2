package org.amparo.interchange.data;

import static org.amparo.db.jooq.Tables.ADVERSE_PARTY;
import static org.amparo.db.jooq.Tables.CASE_NOTE;
import static org.amparo.db.jooq.Tables.CLIENT;
import static org.amparo.db.jooq.Tables.CLIENT_CASE;
import static org.amparo.db.jooq.Tables.CLIENT_FACTS;
import static org.amparo.db.jooq.Tables.IMPORT_BATCH;
import static org.amparo.db.jooq.Tables.IMPORT_BATCH_CLIENT;
import static org.amparo.platform.db.IdConditions.idsIn;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.cases.ImportedCase;
import org.amparo.db.jooq.tables.records.ImportBatchRecord;
import org.amparo.interchange.ImportBatch;
import org.amparo.platform.db.BatchInsert;
import org.amparo.platform.db.Database;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/** Import batches and the clients each created. Callers group the writes of one commit in one transaction. */
public final class ImportBatchRepository {

    static final int DELETE_CHUNK = 200;

    private final Database db;

    @Inject
    public ImportBatchRepository(Database db) {
        this.db = db;
    }

    /** A client of a batch that was changed after the import (her edit stamp moved on, or she is gone). */
    public record EditedClient(long clientId, String ref) { }

    /** Starts a batch record (counts of imported rows are set by {@link #finish}). */
    public long create(String fileName, String format, String sha256, int rowsRead, int rejected, boolean onlyValid,
                       String createdBy, OffsetDateTime createdAt) {
        return db.transactionResult(ctx -> {
            ImportBatchRecord row = ctx.newRecord(IMPORT_BATCH);
            row.setFileName(fileName.length() > 500 ? fileName.substring(0, 500) : fileName);
            row.setFileFormat(format);
            row.setFileSha256(sha256);
            row.setRowsRead(rowsRead);
            row.setImported(0);
            row.setRejected(rejected);
            row.setOnlyValid(onlyValid);
            row.setCreatedBy(createdBy);
            row.setCreatedAt(createdAt);
            row.store();
            return row.getId();
        });
    }

    /** Links the clients and cases of one chunk to the batch, with each client's edit stamp as stored now. */
    public void link(long batchId, List<ImportedCase> imported) {
        if (imported.isEmpty()) {
            return;
        }
        db.transaction(ctx -> {
            List<Long> ids = imported.stream().map(ImportedCase::clientId).toList();
            // a chunk's new clients have consecutive ids: a range, where an IN list of 500 was tested on every row
            Map<Long, Long> stamps = ctx.select(CLIENT.ID, editStamp()).from(CLIENT)
                    .where(idsIn(CLIENT.ID, ids)).fetchMap(Record2::value1, Record2::value2);
            List<Object[]> rows = new ArrayList<>(imported.size());
            for (ImportedCase c : imported) {
                rows.add(new Object[] {batchId, c.clientId(), c.caseId(), c.ref() == null ? "" : c.ref(),
                        stamps.getOrDefault(c.clientId(), 0L)});
            }
            new BatchInsert(ctx, IMPORT_BATCH_CLIENT, List.of(IMPORT_BATCH_CLIENT.BATCH_ID,
                    IMPORT_BATCH_CLIENT.CLIENT_ID, IMPORT_BATCH_CLIENT.CASE_ID, IMPORT_BATCH_CLIENT.CLIENT_REF,
                    IMPORT_BATCH_CLIENT.EDIT_STAMP)).insert(ctx, rows);
        });
    }

    /**
     * A number that changes whenever anything of the client is edited: the versions of her client row, her facts
     * and her cases, plus the number of notes and adverse parties on her cases.
     */
    private static Field<Long> editStamp() {
        Field<Long> facts = DSL.field(DSL.select(CLIENT_FACTS.VERSION).from(CLIENT_FACTS)
                .where(CLIENT_FACTS.CLIENT_ID.eq(CLIENT.ID))).cast(Long.class);
        Field<Long> cases = DSL.field(DSL.select(DSL.sum(CLIENT_CASE.VERSION)).from(CLIENT_CASE)
                .where(CLIENT_CASE.CLIENT_ID.eq(CLIENT.ID))).cast(Long.class);
        Field<Long> notes = DSL.field(DSL.selectCount().from(CASE_NOTE).join(CLIENT_CASE)
                .on(CLIENT_CASE.ID.eq(CASE_NOTE.CASE_ID)).where(CLIENT_CASE.CLIENT_ID.eq(CLIENT.ID))).cast(Long.class);
        Field<Long> parties = DSL.field(DSL.selectCount().from(ADVERSE_PARTY).join(CLIENT_CASE)
                .on(CLIENT_CASE.ID.eq(ADVERSE_PARTY.CASE_ID)).where(CLIENT_CASE.CLIENT_ID.eq(CLIENT.ID)))
                .cast(Long.class);
        return CLIENT.VERSION.cast(Long.class).plus(DSL.coalesce(facts, 0L)).plus(DSL.coalesce(cases, 0L))
                .plus(DSL.coalesce(notes, 0L)).plus(DSL.coalesce(parties, 0L));
    }

    public void finish(long batchId, int imported) {
        db.transaction(ctx -> ctx.update(IMPORT_BATCH).set(IMPORT_BATCH.IMPORTED, imported)
                .where(IMPORT_BATCH.ID.eq(batchId)).execute());
    }

    public Optional<ImportBatch> find(long batchId) {
        return db.dsl().selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batchId)).fetchOptional()
                .map(ImportBatchRepository::toBatch);
    }

    /** The newest batch not undone. */
    public Optional<ImportBatch> lastActive() {
        return db.dsl().selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.UNDONE_AT.isNull())
                .orderBy(IMPORT_BATCH.ID.desc()).limit(1).fetchOptional().map(ImportBatchRepository::toBatch);
    }

    /** Clients of the batch edited since the import (their edit stamp moved on), or that no longer exist. */
    public List<EditedClient> editedSinceImport(long batchId) {
        List<EditedClient> out = new ArrayList<>();
        Field<Long> now = editStamp();
        db.dsl().select(IMPORT_BATCH_CLIENT.CLIENT_ID, IMPORT_BATCH_CLIENT.CLIENT_REF, now,
                        IMPORT_BATCH_CLIENT.EDIT_STAMP)
                .from(IMPORT_BATCH_CLIENT).leftJoin(CLIENT).on(CLIENT.ID.eq(IMPORT_BATCH_CLIENT.CLIENT_ID))
                .where(IMPORT_BATCH_CLIENT.BATCH_ID.eq(batchId))
                .orderBy(IMPORT_BATCH_CLIENT.CLIENT_ID)
                .forEach(r -> {
                    if (r.value3() == null || !r.value3().equals(r.value4())) {
                        out.add(new EditedClient(r.value1(), r.value2()));
                    }
                });
        return out;
    }

    /** The client ids the batch created. */
    public List<Long> clientIds(long batchId) {
        return db.dsl().select(IMPORT_BATCH_CLIENT.CLIENT_ID).from(IMPORT_BATCH_CLIENT)
                .where(IMPORT_BATCH_CLIENT.BATCH_ID.eq(batchId)).orderBy(IMPORT_BATCH_CLIENT.CLIENT_ID)
                .fetch(IMPORT_BATCH_CLIENT.CLIENT_ID);
    }

    /**
     * Deletes the batch's clients, {@value #DELETE_CHUNK} per statement (one huge cascading delete runs H2 out of
     * memory); everything stored under a client goes with it (ON DELETE CASCADE). Callers hold one transaction.
     */
    public int deleteClients(long batchId) {
        List<Long> ids = clientIds(batchId);
        return db.transactionResult(ctx -> {
            int deleted = 0;
            for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
                deleted += ctx.deleteFrom(CLIENT).where(CLIENT.ID.in(ids.subList(from,
                        Math.min(from + DELETE_CHUNK, ids.size())))).execute();
            }
            return deleted;
        });
    }

    public void markUndone(long batchId, String by, OffsetDateTime at) {
        db.transaction(ctx -> ctx.update(IMPORT_BATCH).set(IMPORT_BATCH.UNDONE_AT, at)
                .set(IMPORT_BATCH.UNDONE_BY, by).where(IMPORT_BATCH.ID.eq(batchId)).execute());
    }

    private static ImportBatch toBatch(ImportBatchRecord r) {
        return new ImportBatch(r.getId(), r.getFileName(), r.getFileFormat(), r.getRowsRead(), r.getImported(),
                r.getRejected(), r.getCreatedBy(), r.getCreatedAt(), r.getUndoneAt());
    }
}
