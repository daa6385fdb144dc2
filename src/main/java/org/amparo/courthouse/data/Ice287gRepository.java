package org.amparo.courthouse.data;

import static org.amparo.db.jooq.Tables.ICE_287G_AGREEMENT;
import static org.amparo.db.jooq.Tables.ICE_287G_SNAPSHOT;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amparo.courthouse.CountyKeys;
import org.amparo.courthouse.SnapshotInfo;
import org.amparo.courthouse.ice287g.Agreement287g;
import org.amparo.courthouse.ice287g.Ice287gSnapshot;
import org.amparo.db.jooq.tables.records.Ice_287gSnapshotRecord;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.platform.db.Database;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Stores 287(g) snapshots and their agreements. A snapshot and all its agreements are written in one transaction;
 * the snapshot in force is the one with the highest id (the newest imported).
 */
public final class Ice287gRepository {

    static final int BATCH_SIZE = 500;

    private final Database db;

    @Inject
    public Ice287gRepository(Database db) {
        this.db = db;
    }

    /** Inserts the snapshot and its agreements (JDBC batches) in one transaction; it becomes the one in force. */
    public SnapshotInfo save(Ice287gSnapshot snapshot, String sourceName, LocalDate listDate, String importedBy,
                             OffsetDateTime importedAt) {
        return db.transactionResult(ctx -> {
            Ice_287gSnapshotRecord row = ctx.newRecord(ICE_287G_SNAPSHOT);
            row.setImportedAt(importedAt);
            row.setImportedBy(importedBy);
            row.setSourceName(sourceName);
            row.setListDate(listDate);
            row.setRowsRead(snapshot.rowsRead());
            row.setAgreementsImported(snapshot.agreementsImported());
            row.setBlankRowsSkipped(snapshot.blankRowsSkipped());
            row.setWarningsCount(snapshot.warnings().size());
            row.store();
            insertAgreements(ctx, row.getId(), snapshot.agreements());
            return toInfo(row);
        });
    }

    private static void insertAgreements(DSLContext ctx, long snapshotId, List<Agreement287g> agreements) {
        for (int from = 0; from < agreements.size(); from += BATCH_SIZE) {
            BatchBindStep batch = ctx.batch(ctx.insertInto(ICE_287G_AGREEMENT, ICE_287G_AGREEMENT.SNAPSHOT_ID,
                    ICE_287G_AGREEMENT.SHEET_ROW, ICE_287G_AGREEMENT.STATE, ICE_287G_AGREEMENT.AGENCY,
                    ICE_287G_AGREEMENT.AGENCY_TYPE, ICE_287G_AGREEMENT.COUNTY, ICE_287G_AGREEMENT.COUNTY_KEY,
                    ICE_287G_AGREEMENT.MODEL, ICE_287G_AGREEMENT.SIGNED, ICE_287G_AGREEMENT.MOA)
                    .values((Long) null, null, null, null, null, null, null, null, null, null));
            for (Agreement287g a : agreements.subList(from, Math.min(from + BATCH_SIZE, agreements.size()))) {
                batch.bind(snapshotId, a.sheetRow(), a.state(), a.agency(), a.type(), a.county(),
                        a.county() == null ? null : CountyKeys.key(a.county()),
                        a.model() == null ? null : a.model().name(), a.signed(), a.moa());
            }
            batch.execute();
        }
    }

    /** The snapshot in force, if any. */
    public Optional<SnapshotInfo> current() {
        return db.dsl().selectFrom(ICE_287G_SNAPSHOT).orderBy(ICE_287G_SNAPSHOT.ID.desc()).limit(1)
                .fetchOptional().map(Ice287gRepository::toInfo);
    }

    /** Every snapshot, newest first. */
    public List<SnapshotInfo> all() {
        return db.dsl().selectFrom(ICE_287G_SNAPSHOT).orderBy(ICE_287G_SNAPSHOT.ID.desc())
                .fetch(Ice287gRepository::toInfo);
    }

    /** How many agreements are stored, over every snapshot. */
    public int agreementCount() {
        return db.dsl().fetchCount(ICE_287G_AGREEMENT);
    }

    /**
     * The distinct models of the in-force snapshot's agreements in {@code state} (compared ignoring case) whose
     * county key is one of {@code countyKeys}.
     */
    public Set<Model287g> models(String state, Collection<String> countyKeys) {
        Field<Long> inForce = DSL.select(DSL.max(ICE_287G_SNAPSHOT.ID)).from(ICE_287G_SNAPSHOT).asField();
        Set<Model287g> models = EnumSet.noneOf(Model287g.class);
        db.dsl().selectDistinct(ICE_287G_AGREEMENT.MODEL).from(ICE_287G_AGREEMENT)
                .where(ICE_287G_AGREEMENT.SNAPSHOT_ID.eq(inForce))
                .and(ICE_287G_AGREEMENT.STATE.equalIgnoreCase(state))
                .and(ICE_287G_AGREEMENT.COUNTY_KEY.in(countyKeys))
                .and(ICE_287G_AGREEMENT.MODEL.isNotNull())
                .fetch(ICE_287G_AGREEMENT.MODEL)
                .forEach(model -> models.add(Model287g.valueOf(model)));
        return models;
    }

    private static SnapshotInfo toInfo(Ice_287gSnapshotRecord r) {
        return new SnapshotInfo(r.getId(), r.getImportedAt(), r.getImportedBy(), r.getSourceName(), r.getListDate(),
                r.getRowsRead(), r.getAgreementsImported(), r.getBlankRowsSkipped(), r.getWarningsCount());
    }
}
