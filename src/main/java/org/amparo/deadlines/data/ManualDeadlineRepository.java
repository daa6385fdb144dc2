package org.amparo.deadlines.data;

import static org.amparo.db.jooq.Tables.MANUAL_DEADLINE;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.amparo.clients.StaleEditException;
import org.amparo.db.jooq.tables.records.ManualDeadlineRecord;
import org.amparo.deadlines.agenda.ManualDeadline;
import org.amparo.platform.db.Database;

/** Manual deadlines; updates are guarded by the {@code version} column. */
public final class ManualDeadlineRepository {

    private final Database db;

    @Inject
    public ManualDeadlineRepository(Database db) {
        this.db = db;
    }

    public List<ManualDeadline> between(LocalDate from, LocalDate to) {
        return db.dsl().selectFrom(MANUAL_DEADLINE).where(MANUAL_DEADLINE.DUE_ON.between(from, to))
                .orderBy(MANUAL_DEADLINE.DUE_ON, MANUAL_DEADLINE.ID).fetch(ManualDeadlineRepository::toDeadline);
    }

    public List<ManualDeadline> ofClient(long clientId) {
        return db.dsl().selectFrom(MANUAL_DEADLINE).where(MANUAL_DEADLINE.CLIENT_ID.eq(clientId))
                .orderBy(MANUAL_DEADLINE.DUE_ON, MANUAL_DEADLINE.ID).fetch(ManualDeadlineRepository::toDeadline);
    }

    public Optional<ManualDeadline> find(long id) {
        return db.dsl().selectFrom(MANUAL_DEADLINE).where(MANUAL_DEADLINE.ID.eq(id))
                .fetchOptional(ManualDeadlineRepository::toDeadline);
    }

    public void delete(long id, int version) throws StaleEditException {
        int removed = db.transactionResult(ctx -> ctx.deleteFrom(MANUAL_DEADLINE)
                .where(MANUAL_DEADLINE.ID.eq(id).and(MANUAL_DEADLINE.VERSION.eq(version))).execute());
        if (removed == 0) {
            throw new StaleEditException("deadline " + id + " was changed or removed since it was read");
        }
    }

    public ManualDeadline insert(ManualDeadline d, String createdBy, OffsetDateTime createdAt) {
        return db.transactionResult(ctx -> {
            ManualDeadlineRecord row = ctx.newRecord(MANUAL_DEADLINE);
            row.setClientId(d.clientId());
            row.setCaseId(d.caseId());
            row.setDueOn(d.dueOn());
            row.setLabel(d.label());
            row.setDone(d.done());
            row.setCreatedBy(createdBy);
            row.setCreatedAt(createdAt);
            row.setVersion(0);
            row.store();
            return toDeadline(row);
        });
    }

    public ManualDeadline update(ManualDeadline d) throws StaleEditException {
        int changed = db.transactionResult(ctx -> ctx.update(MANUAL_DEADLINE).set(MANUAL_DEADLINE.DUE_ON, d.dueOn())
                .set(MANUAL_DEADLINE.LABEL, d.label()).set(MANUAL_DEADLINE.DONE, d.done())
                .set(MANUAL_DEADLINE.CASE_ID, d.caseId()).set(MANUAL_DEADLINE.VERSION, d.version() + 1)
                .where(MANUAL_DEADLINE.ID.eq(d.id()).and(MANUAL_DEADLINE.VERSION.eq(d.version()))).execute());
        if (changed == 0) {
            throw new StaleEditException("deadline " + d.id() + " was changed or removed since it was read");
        }
        return new ManualDeadline(d.id(), d.clientId(), d.caseId(), d.dueOn(), d.label(), d.done(), d.version() + 1);
    }

    private static ManualDeadline toDeadline(ManualDeadlineRecord r) {
        return new ManualDeadline(r.getId(), r.getClientId(), r.getCaseId(), r.getDueOn(), r.getLabel(), r.getDone(),
                r.getVersion());
    }
}
