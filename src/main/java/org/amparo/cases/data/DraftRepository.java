package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.INTAKE_DRAFT;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.amparo.cases.IntakeDraft;
import org.amparo.platform.db.Database;

/** One intake draft per case, replaced on every save (last save wins: the interview autosaves). */
public final class DraftRepository {

    private final Database db;

    @Inject
    public DraftRepository(Database db) {
        this.db = db;
    }

    public void save(IntakeDraft draft, String user) {
        OffsetDateTime savedAt = (draft.savedAt() == null ? Instant.now() : draft.savedAt()).atOffset(ZoneOffset.UTC);
        db.transaction(ctx -> {
            int n = ctx.update(INTAKE_DRAFT).set(INTAKE_DRAFT.STEP, draft.step())
                    .set(INTAKE_DRAFT.FACTS_JSON, draft.factsJson()).set(INTAKE_DRAFT.SAVED_AT, savedAt)
                    .set(INTAKE_DRAFT.VERSION, INTAKE_DRAFT.VERSION.plus(1))
                    .set(INTAKE_DRAFT.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .set(INTAKE_DRAFT.UPDATED_BY, user).where(INTAKE_DRAFT.CASE_ID.eq(draft.caseId())).execute();
            if (n == 0) {
                ctx.insertInto(INTAKE_DRAFT).set(INTAKE_DRAFT.CASE_ID, draft.caseId())
                        .set(INTAKE_DRAFT.STEP, draft.step()).set(INTAKE_DRAFT.FACTS_JSON, draft.factsJson())
                        .set(INTAKE_DRAFT.SAVED_AT, savedAt).set(INTAKE_DRAFT.CREATED_BY, user)
                        .set(INTAKE_DRAFT.UPDATED_BY, user).execute();
            }
        });
    }

    public Optional<IntakeDraft> find(long caseId) {
        return db.dsl().selectFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.CASE_ID.eq(caseId))
                .fetchOptional(r -> new IntakeDraft(r.getCaseId(), r.getStep(), r.getFactsJson(),
                        r.getSavedAt().toInstant()));
    }

    /** Deletes the draft; true if there was one. */
    public boolean clear(long caseId) {
        return db.transactionResult(ctx -> ctx.deleteFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.CASE_ID.eq(caseId))
                .execute() > 0);
    }
}
