package org.amparo.retention.data;

import static org.amparo.db.jooq.Tables.ADVERSE_PARTY;
import static org.amparo.db.jooq.Tables.CASE_NOTE;
import static org.amparo.db.jooq.Tables.CASE_RELIEF;
import static org.amparo.db.jooq.Tables.CASE_SCREENING;
import static org.amparo.db.jooq.Tables.CLIENT;
import static org.amparo.db.jooq.Tables.CLIENT_CASE;
import static org.amparo.db.jooq.Tables.CLIENT_FACTS;
import static org.amparo.db.jooq.Tables.FACT_CONDUCT;
import static org.amparo.db.jooq.Tables.FACT_EXTENSIONS;
import static org.amparo.db.jooq.Tables.IMPORT_BATCH_CLIENT;
import static org.amparo.db.jooq.Tables.INTAKE_DRAFT;
import static org.amparo.db.jooq.Tables.MANUAL_DEADLINE;
import static org.amparo.db.jooq.Tables.PURGE_RECORD;
import static org.amparo.db.jooq.Tables.SCREENING_RUN;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.amparo.cases.CaseStatus;
import org.amparo.db.jooq.tables.records.ClientCaseRecord;
import org.amparo.platform.db.Database;
import org.amparo.retention.PurgeKind;
import org.amparo.retention.RetentionPolicy;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The deletes and blanking of a purge. Call inside the service's transaction: every statement joins it. Whole case:
 * the case's own rows (notes, relief, adverse parties with their aliases and search terms, stored screenings, intake
 * draft, manual deadlines, import links), screening runs no other case still uses, then the case; and the client's
 * record (with every fact table, by cascade) when she has no other case. Narratives: note texts, the intake draft, and,
 * when she has no other case, the client's free-text fact fields; versions are bumped so an open editor cannot write
 * the old text back.
 */
public final class PurgeRepository {

    /** What a purged note's text becomes (the column is NOT NULL). */
    public static final String BLANK = "";
    /** What purged free-form extensions become: an empty JSON object. */
    public static final String BLANK_EXTENSIONS = "{}";

    private final Database db;

    @Inject
    public PurgeRepository(Database db) {
        this.db = db;
    }

    public Optional<PurgeTarget> find(long caseId) {
        return db.dsl().selectFrom(CLIENT_CASE).where(CLIENT_CASE.ID.eq(caseId)).fetchOptional(PurgeRepository::to);
    }

    public Optional<PurgeTarget> findByNumber(String caseNumber) {
        return db.dsl().selectFrom(CLIENT_CASE).where(CLIENT_CASE.CASE_NUMBER.eq(caseNumber.strip()))
                .fetchOptional(PurgeRepository::to);
    }

    public boolean clientHasOtherCase(PurgeTarget target) {
        return db.dsl().fetchExists(CLIENT_CASE, CLIENT_CASE.CLIENT_ID.eq(target.clientId())
                .and(CLIENT_CASE.ID.ne(target.caseId())));
    }

    /** Deletes the case and its rows; with {@code removeClient}, the client and all her facts too. */
    public void deleteCase(PurgeTarget target, boolean removeClient) {
        db.transaction(ctx -> {
            long id = target.caseId();
            List<Long> runs = ctx.select(CASE_SCREENING.RUN_ID).from(CASE_SCREENING)
                    .where(CASE_SCREENING.CASE_ID.eq(id)).fetch(CASE_SCREENING.RUN_ID);
            ctx.deleteFrom(CASE_NOTE).where(CASE_NOTE.CASE_ID.eq(id)).execute();
            ctx.deleteFrom(CASE_RELIEF).where(CASE_RELIEF.CASE_ID.eq(id)).execute();
            ctx.deleteFrom(ADVERSE_PARTY).where(ADVERSE_PARTY.CASE_ID.eq(id)).execute();
            ctx.deleteFrom(CASE_SCREENING).where(CASE_SCREENING.CASE_ID.eq(id)).execute();
            ctx.deleteFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.CASE_ID.eq(id)).execute();
            ctx.deleteFrom(MANUAL_DEADLINE).where(MANUAL_DEADLINE.CASE_ID.eq(id)).execute();
            ctx.deleteFrom(IMPORT_BATCH_CLIENT).where(IMPORT_BATCH_CLIENT.CASE_ID.eq(id)).execute();
            ctx.deleteFrom(CLIENT_CASE).where(CLIENT_CASE.ID.eq(id)).execute();
            deleteUnusedRuns(ctx, runs);
            if (removeClient) {
                ctx.deleteFrom(IMPORT_BATCH_CLIENT).where(IMPORT_BATCH_CLIENT.CLIENT_ID.eq(target.clientId()))
                        .execute();
                ctx.deleteFrom(CLIENT).where(CLIENT.ID.eq(target.clientId())).execute();
            }
        });
    }

    /**
     * Deletes those of {@code runs} no stored screening names any more. A latest-screening pointer always names a
     * stored screening of its own case, so a run no screening names has no pointer at it either.
     */
    private static void deleteUnusedRuns(DSLContext ctx, List<Long> runs) {
        if (runs.isEmpty()) {
            return;
        }
        ctx.deleteFrom(SCREENING_RUN).where(SCREENING_RUN.ID.in(runs))
                .andNotExists(DSL.selectOne().from(CASE_SCREENING).where(CASE_SCREENING.RUN_ID.eq(SCREENING_RUN.ID)))
                .execute();
    }

    /** Blanks the case's narratives (and, with {@code clientNarratives}, the client's) and marks the case. */
    public void blankNarratives(PurgeTarget target, boolean clientNarratives, String user, OffsetDateTime now) {
        db.transaction(ctx -> {
            long id = target.caseId();
            ctx.update(CASE_NOTE).set(CASE_NOTE.NOTE_TEXT, BLANK).set(CASE_NOTE.VERSION, CASE_NOTE.VERSION.plus(1))
                    .set(CASE_NOTE.UPDATED_AT, now).set(CASE_NOTE.UPDATED_BY, user)
                    .where(CASE_NOTE.CASE_ID.eq(id)).execute();
            ctx.deleteFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.CASE_ID.eq(id)).execute();
            ctx.update(CLIENT_CASE).set(CLIENT_CASE.PURGED_AT, now).set(CLIENT_CASE.PURGED_BY, user)
                    .set(CLIENT_CASE.PURGE_KIND, PurgeKind.NARRATIVES.name())
                    .set(CLIENT_CASE.VERSION, CLIENT_CASE.VERSION.plus(1))
                    .set(CLIENT_CASE.UPDATED_AT, now).set(CLIENT_CASE.UPDATED_BY, user)
                    .where(CLIENT_CASE.ID.eq(id)).execute();
            if (clientNarratives) {
                blankClientNarratives(ctx, target.clientId(), user, now);
            }
        });
    }

    private static void blankClientNarratives(DSLContext ctx, long clientId, String user, OffsetDateTime now) {
        ctx.update(CLIENT).set(CLIENT.SAFE_CONTACT_NOTES, (String) null).set(CLIENT.VERSION, CLIENT.VERSION.plus(1))
                .set(CLIENT.UPDATED_AT, now).set(CLIENT.UPDATED_BY, user).where(CLIENT.ID.eq(clientId)).execute();
        int conduct = ctx.update(FACT_CONDUCT).set(FACT_CONDUCT.FRAUD_DETAILS, (String) null)
                .set(FACT_CONDUCT.VERSION, FACT_CONDUCT.VERSION.plus(1)).set(FACT_CONDUCT.UPDATED_AT, now)
                .set(FACT_CONDUCT.UPDATED_BY, user).where(FACT_CONDUCT.CLIENT_ID.eq(clientId)).execute();
        int extensions = ctx.update(FACT_EXTENSIONS).set(FACT_EXTENSIONS.JSON_TEXT, BLANK_EXTENSIONS)
                .set(FACT_EXTENSIONS.VERSION, FACT_EXTENSIONS.VERSION.plus(1)).set(FACT_EXTENSIONS.UPDATED_AT, now)
                .set(FACT_EXTENSIONS.UPDATED_BY, user).where(FACT_EXTENSIONS.CLIENT_ID.eq(clientId)).execute();
        if (conduct + extensions > 0) {
            ctx.update(CLIENT_FACTS).set(CLIENT_FACTS.CONDUCT_VERSION, CLIENT_FACTS.CONDUCT_VERSION.plus(conduct))
                    .set(CLIENT_FACTS.EXTENSIONS_VERSION, CLIENT_FACTS.EXTENSIONS_VERSION.plus(extensions))
                    .set(CLIENT_FACTS.UPDATED_AT, now).set(CLIENT_FACTS.UPDATED_BY, user)
                    .where(CLIENT_FACTS.CLIENT_ID.eq(clientId)).execute();
        }
    }

    /** Keeps the purge's record (no client data; the reason is the purger's own words). */
    public void record(PurgeTarget target, PurgeKind kind, boolean clientRemoved, String reason, String user,
                       OffsetDateTime now) {
        db.transaction(ctx -> ctx.insertInto(PURGE_RECORD).set(PURGE_RECORD.CASE_ID, target.caseId())
                .set(PURGE_RECORD.CASE_NUMBER, target.caseNumber()).set(PURGE_RECORD.PROGRAM, target.program())
                .set(PURGE_RECORD.PURGE_KIND, kind.name()).set(PURGE_RECORD.CLIENT_REMOVED, clientRemoved)
                .set(PURGE_RECORD.REASON, reason).set(PURGE_RECORD.PURGED_AT, now)
                .set(PURGE_RECORD.PURGED_BY, user).execute());
    }

    private static PurgeTarget to(ClientCaseRecord r) {
        return new PurgeTarget(r.getId(), r.getClientId(), r.getCaseNumber(), programOf(r.getProgram()),
                CaseStatus.valueOf(r.getStatus()), r.getPurgeKind() == null ? null : PurgeKind.valueOf(r.getPurgeKind()));
    }

    static String programOf(String program) {
        return program == null || program.isBlank() ? RetentionPolicy.DEFAULT_PROGRAM : program;
    }
}
