package org.amparo.cases.data;

import static org.amparo.db.jooq.Tables.CASE_SCREENING;
import static org.amparo.db.jooq.Tables.CASE_LATEST_SCREENING;
import static org.amparo.db.jooq.Tables.SCREENING_RUN;
import static org.amparo.db.jooq.Tables.SCREENING_RUN_FRAMEWORK;
import static org.amparo.platform.db.IdConditions.anyOf;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amparo.cases.CaseScreening;
import org.amparo.cases.ScreeningRun;
import org.amparo.db.jooq.tables.records.CaseScreeningRecord;
import org.amparo.platform.db.Database;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Screening runs and each case's dated outcomes. Each screened case points at its latest screening in
 * {@code case_latest_screening} (with the in-force outcome and next deadline copied beside it, for the caseload's
 * indexed filters).
 *
 * <p>A run is stored whole ({@link #record}) or in steps: {@link #begin}, {@link #store} for each chunk (a
 * transaction each), {@link #complete}, then {@link #moveLatest} (a transaction per few thousand cases). Until it is
 * complete a run counts nowhere: not in a case's history, not as her latest screening. {@link #discard} and
 * {@link #discardIncomplete} remove runs that never completed; {@link #finishMoves} finishes the moves of a completed
 * run that a crash cut short (until then some of its cases still show their previous screening as the latest).
 */
public final class ScreeningRepository {

    private static final List<Field<?>> RUN_FRAMEWORK = List.of(SCREENING_RUN_FRAMEWORK.RUN_ID,
            SCREENING_RUN_FRAMEWORK.POSITION, SCREENING_RUN_FRAMEWORK.FRAMEWORK);
    private static final List<Field<?>> SCREENING = List.of(CASE_SCREENING.RUN_ID, CASE_SCREENING.CASE_ID,
            CASE_SCREENING.SCREENED_AT, CASE_SCREENING.AS_OF, CASE_SCREENING.IN_FORCE_FRAMEWORK,
            CASE_SCREENING.NEXT_DEADLINE, CASE_SCREENING.NEXT_DEADLINE_LABEL, CASE_SCREENING.FRAMEWORK_OUTCOMES,
            CASE_SCREENING.RELIEF_OUTCOMES, CASE_SCREENING.IN_FORCE_OUTCOME);
    /** Cases whose latest pointers move in one transaction. */
    private static final int MOVE_BATCH = 5_000;
    /** Results removed per transaction when a run that never completed is discarded. */
    private static final int DISCARD_BATCH = 5_000;

    private final Database db;
    private final int moveBatch;

    @Inject
    public ScreeningRepository(Database db) {
        this(db, MOVE_BATCH);
    }

    /** @param moveBatch cases whose latest pointers move in one transaction (tests use a few) */
    ScreeningRepository(Database db, int moveBatch) {
        this.db = db;
        this.moveBatch = moveBatch;
    }

    /** Stores the run and its results, complete, in one transaction; returns the run's id. */
    public long record(ScreeningRun run, List<CaseScreening> results, String user) {
        return db.transactionResult(ctx -> {
            long runId = begin(run, user);
            store(runId, results, user);
            complete(runId, results.size(), user);
            moveLatest(runId);
            return runId;
        });
    }

    /** Stores a run that does not count yet (its results follow with {@link #store}); returns its id. */
    public long begin(ScreeningRun run, String user) {
        return db.transactionResult(ctx -> {
            long runId = ctx.insertInto(SCREENING_RUN).set(SCREENING_RUN.STARTED_AT, utc(run.startedAt()))
                    .set(SCREENING_RUN.AS_OF, run.asOf()).set(SCREENING_RUN.TRIGGER_TEXT, run.trigger())
                    .set(SCREENING_RUN.RUN_BY, run.user()).set(SCREENING_RUN.CASES_SCREENED, 0)
                    .set(SCREENING_RUN.CREATED_BY, user).set(SCREENING_RUN.UPDATED_BY, user)
                    .returningResult(SCREENING_RUN.ID).fetchOne().value1();
            RowBatch rows = new RowBatch(user);
            for (int i = 0; i < run.frameworks().size(); i++) {
                rows.add(SCREENING_RUN_FRAMEWORK, RUN_FRAMEWORK, runId, i, run.frameworks().get(i));
            }
            rows.write(ctx);
            return runId;
        });
    }

    /** Stores results of a begun run. */
    public void store(long runId, List<CaseScreening> results, String user) {
        db.transaction(ctx -> {
            RowBatch rows = new RowBatch(user);
            results.forEach(s -> addResult(rows, runId, s));
            rows.write(ctx);
        });
    }

    /** Completes a begun run of {@code screened} stored results: from now on it counts in its cases' histories. */
    public void complete(long runId, int screened, String user) {
        db.transaction(ctx -> {
            if (ctx.update(SCREENING_RUN).set(SCREENING_RUN.COMPLETED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .set(SCREENING_RUN.CASES_SCREENED, screened).set(SCREENING_RUN.UPDATED_BY, user)
                    .set(SCREENING_RUN.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .set(SCREENING_RUN.VERSION, SCREENING_RUN.VERSION.plus(1))
                    .where(SCREENING_RUN.ID.eq(runId).and(SCREENING_RUN.COMPLETED_AT.isNull())).execute() != 1) {
                throw new IllegalStateException("Screening run " + runId + " is not an incomplete run.");
            }
        });
    }

    /**
     * Moves the latest pointer of each case a completed run screened to it (with its in-force outcome and next
     * deadline beside it, for the caseload), a few thousand cases per transaction, then records that every
     * pointer moved. Moving again is harmless: the same values are set.
     */
    public void moveLatest(long runId) {
        long after = 0;
        while (after >= 0) {
            long from = after;
            after = db.transactionResult(ctx -> {
                Long last = ctx.select(CASE_SCREENING.CASE_ID).from(CASE_SCREENING)
                        .where(CASE_SCREENING.RUN_ID.eq(runId), CASE_SCREENING.CASE_ID.gt(from))
                        .orderBy(CASE_SCREENING.CASE_ID).limit(1).offset(moveBatch - 1)
                        .fetchOne(CASE_SCREENING.CASE_ID);
                Condition upTo = last == null ? DSL.trueCondition() : CASE_SCREENING.CASE_ID.le(last);
                ctx.mergeInto(CASE_LATEST_SCREENING, CASE_LATEST_SCREENING.CASE_ID, CASE_LATEST_SCREENING.RUN_ID,
                                CASE_LATEST_SCREENING.IN_FORCE_FRAMEWORK, CASE_LATEST_SCREENING.IN_FORCE_OUTCOME,
                                CASE_LATEST_SCREENING.NEXT_DEADLINE, CASE_LATEST_SCREENING.NEXT_DEADLINE_LABEL)
                        .key(CASE_LATEST_SCREENING.CASE_ID)
                        .select(ctx.select(CASE_SCREENING.CASE_ID, CASE_SCREENING.RUN_ID,
                                        CASE_SCREENING.IN_FORCE_FRAMEWORK, CASE_SCREENING.IN_FORCE_OUTCOME,
                                        CASE_SCREENING.NEXT_DEADLINE, CASE_SCREENING.NEXT_DEADLINE_LABEL)
                                .from(CASE_SCREENING)
                                .where(CASE_SCREENING.RUN_ID.eq(runId), CASE_SCREENING.CASE_ID.gt(from), upTo))
                        .execute();
                return last == null ? -1L : last;
            });
        }
        db.transaction(ctx -> ctx.update(SCREENING_RUN).set(SCREENING_RUN.LATEST_MOVED_AT,
                OffsetDateTime.now(ZoneOffset.UTC)).where(SCREENING_RUN.ID.eq(runId)).execute());
    }

    /**
     * Finishes moving the pointers of completed runs whose moves a crash cut short, except those in {@code live}
     * (still being moved by this process), oldest first; returns how many runs.
     */
    public int finishMoves(Set<Long> live) {
        List<Long> runs = db.dsl().select(SCREENING_RUN.ID).from(SCREENING_RUN)
                .where(SCREENING_RUN.COMPLETED_AT.isNotNull(), SCREENING_RUN.LATEST_MOVED_AT.isNull())
                .orderBy(SCREENING_RUN.ID).fetch(SCREENING_RUN.ID).stream().filter(id -> !live.contains(id)).toList();
        runs.forEach(this::moveLatest);
        return runs.size();
    }

    /**
     * Removes a run that never completed with its stored results, a few thousand results per transaction (so a long
     * run's leftovers never make one huge transaction). A completed run is left alone.
     */
    public void discard(long runId) {
        boolean incomplete = db.dsl().fetchExists(SCREENING_RUN, SCREENING_RUN.ID.eq(runId)
                .and(SCREENING_RUN.COMPLETED_AT.isNull()));
        if (!incomplete) {
            return;
        }
        int removed;
        do {
            removed = db.transactionResult(ctx -> {
                List<Long> caseIds = ctx.select(CASE_SCREENING.CASE_ID).from(CASE_SCREENING)
                        .where(CASE_SCREENING.RUN_ID.eq(runId)).limit(DISCARD_BATCH).fetch(CASE_SCREENING.CASE_ID);
                return caseIds.isEmpty() ? 0 : ctx.deleteFrom(CASE_SCREENING).where(CASE_SCREENING.RUN_ID.eq(runId)
                        .and(anyOf(CASE_SCREENING.CASE_ID, caseIds))).execute();
            });
        } while (removed > 0);
        db.transaction(ctx -> ctx.deleteFrom(SCREENING_RUN).where(SCREENING_RUN.ID.eq(runId)
                .and(SCREENING_RUN.COMPLETED_AT.isNull())).execute());
    }

    /**
     * Removes every run that never completed (cancelled, or cut short by a crash) except those in {@code live} (still
     * being written); returns how many.
     */
    public int discardIncomplete(Set<Long> live) {
        List<Long> runs = db.dsl().select(SCREENING_RUN.ID).from(SCREENING_RUN)
                .where(SCREENING_RUN.COMPLETED_AT.isNull()).fetch(SCREENING_RUN.ID).stream()
                .filter(id -> !live.contains(id)).toList();
        runs.forEach(this::discard);
        return runs.size();
    }

    private static void addResult(RowBatch rows, long runId, CaseScreening s) {
        Map<String, ReliefOutcome> relief = new HashMap<>();
        s.relief().forEach((r, outcome) -> relief.put(r.name(), outcome));
        FrameworkOutcome inForce = s.inForceFramework() == null ? null : s.frameworks().get(s.inForceFramework());
        rows.add(CASE_SCREENING, SCREENING, runId, s.caseId(), utc(s.screenedAt()), s.asOf(), s.inForceFramework(),
                s.nextDeadline(), s.nextDeadlineLabel(), OutcomeList.encode(s.frameworks()),
                OutcomeList.encode(relief), inForce == null ? null : inForce.name());
    }

    /** Each case's latest screening (cases never screened are left out). */
    public Map<Long, CaseScreening> latest(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> latestRun = new HashMap<>();
        db.dsl().select(CASE_LATEST_SCREENING.CASE_ID, CASE_LATEST_SCREENING.RUN_ID).from(CASE_LATEST_SCREENING)
                .where(anyOf(CASE_LATEST_SCREENING.CASE_ID, caseIds))
                .forEach(r -> latestRun.put(r.value1(), r.value2()));
        Map<Long, CaseScreening> out = new HashMap<>();
        if (latestRun.isEmpty()) {
            return out;
        }
        Condition candidates = anyOf(CASE_SCREENING.CASE_ID, latestRun.keySet())
                .and(CASE_SCREENING.RUN_ID.in(Set.copyOf(latestRun.values())));
        for (CaseScreening s : read(candidates)) {
            if (s.runId() == latestRun.get(s.caseId())) {
                out.put(s.caseId(), s);
            }
        }
        return out;
    }

    /** A case's screenings by completed runs, newest first. */
    public List<CaseScreening> history(long caseId) {
        return read(CASE_SCREENING.CASE_ID.eq(caseId).and(CASE_SCREENING.RUN_ID.in(DSL.select(SCREENING_RUN.ID)
                .from(SCREENING_RUN).where(SCREENING_RUN.COMPLETED_AT.isNotNull()))));
    }

    private List<CaseScreening> read(Condition which) {
        return db.transactionResult(ctx -> ctx.selectFrom(CASE_SCREENING).where(which)
                .orderBy(CASE_SCREENING.RUN_ID.desc()).fetch(ScreeningRepository::screening));
    }

    private static CaseScreening screening(CaseScreeningRecord r) {
        return new CaseScreening(r.getCaseId(), r.getRunId(), r.getScreenedAt().toInstant(), r.getAsOf(),
                OutcomeList.decode(r.getFrameworkOutcomes(), k -> k, FrameworkOutcome::valueOf),
                OutcomeList.decode(r.getReliefOutcomes(), Relief::valueOf, ReliefOutcome::valueOf),
                r.getInForceFramework(), r.getNextDeadline(), r.getNextDeadlineLabel());
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant == null ? OffsetDateTime.now(ZoneOffset.UTC) : instant.atOffset(ZoneOffset.UTC);
    }
}
