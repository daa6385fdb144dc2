package org.amparo.cases;

import java.util.List;
import java.util.Set;
import org.amparo.cases.data.ScreeningRepository;
import org.amparo.platform.db.Transactions;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;

/**
 * The case store's {@link ScreeningWriter}: each chunk of results is its own transaction (a run of 100,000 cases is
 * never one huge transaction, and the next chunk is read while this one is written); one transaction then marks the
 * run complete and writes the {@code RESCREEN} audit entry, and the cases' latest pointers move to it a few thousand
 * per transaction. When the next writer starts, runs a crash left incomplete are removed and pointer moves a crash
 * cut short are finished; runs this process is still writing or moving are left alone.
 */
final class StagedScreeningWriter implements ScreeningWriter {

    private final ScreeningRepository screenings;
    private final Transactions tx;
    private final AccessControl access;
    private final AuditLog audit;
    private final ScreeningRun run;
    private final long runId;
    private final String user;
    private final Set<Long> live;
    private int stored;
    private boolean completed;

    private StagedScreeningWriter(ScreeningRepository screenings, Transactions tx, AccessControl access,
                                  AuditLog audit, ScreeningRun run, long runId, String user, Set<Long> live) {
        this.screenings = screenings;
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.run = run;
        this.runId = runId;
        this.user = user;
        this.live = live;
    }

    /**
     * Removes runs a crash left incomplete and finishes the pointer moves a crash cut short (except for the runs in
     * {@code live}, those this process is still writing or moving), then begins {@code run} and adds it to
     * {@code live} until its pointers have moved or it is discarded.
     */
    static StagedScreeningWriter begin(ScreeningRepository screenings, Transactions tx, AccessControl access,
                                       AuditLog audit, ScreeningRun run, Set<Long> live) {
        access.require(Action.RESCREEN, DataKind.SCREENING);
        String user = access.current().name();
        recover(screenings, live);
        long runId = screenings.begin(run, user);
        live.add(runId);
        return new StagedScreeningWriter(screenings, tx, access, audit, run, runId, user, live);
    }

    /**
     * Removes runs a crash left incomplete and finishes the pointer moves a crash cut short, except for the runs in
     * {@code live}; returns how many runs it put right.
     */
    static int recover(ScreeningRepository screenings, Set<Long> live) {
        return screenings.discardIncomplete(live) + screenings.finishMoves(live);
    }

    @Override
    public synchronized void store(List<CaseScreening> results) {
        if (completed) {
            throw new IllegalStateException("The run is complete.");
        }
        screenings.store(runId, results, user);
        stored += results.size();
    }

    @Override
    public synchronized ScreeningRun complete() {
        access.require(Action.RESCREEN, DataKind.SCREENING);
        tx.inTransaction(() -> {
            screenings.complete(runId, stored, user);
            audit.record(AuditAction.RESCREEN, "screening_run", String.valueOf(runId));
        });
        completed = true;
        try {
            screenings.moveLatest(runId);
        } finally {
            live.remove(runId);
        }
        return new ScreeningRun(runId, run.startedAt(), run.asOf(), run.frameworks(), run.trigger(), run.user(),
                stored);
    }

    @Override
    public synchronized void discard() {
        if (!completed) {
            screenings.discard(runId);
            stored = 0;
            live.remove(runId);
        }
    }
}
