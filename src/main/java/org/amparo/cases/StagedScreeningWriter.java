package org.amparo.cases;

import java.util.ArrayList;
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
 * never one huge transaction, and the next chunk is read while this one is written); the last transaction moves
 * every case's latest pointer, marks the run complete and writes the {@code RESCREEN} audit entry. Runs left
 * incomplete by a crash are removed when the next writer starts; runs still being written in this process are not.
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
    private final List<CaseScreening> stored = new ArrayList<>();
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
     * Removes runs a crash left incomplete (all incomplete runs but those in {@code live}, the runs this process is
     * still writing), then begins {@code run} and adds it to {@code live} until it completes or is discarded.
     */
    static StagedScreeningWriter begin(ScreeningRepository screenings, Transactions tx, AccessControl access,
                                       AuditLog audit, ScreeningRun run, Set<Long> live) {
        access.require(Action.RESCREEN, DataKind.SCREENING);
        String user = access.current().name();
        screenings.discardIncomplete(live);
        long runId = screenings.begin(run, user);
        live.add(runId);
        return new StagedScreeningWriter(screenings, tx, access, audit, run, runId, user, live);
    }

    @Override
    public synchronized void store(List<CaseScreening> results) {
        if (completed) {
            throw new IllegalStateException("The run is complete.");
        }
        screenings.store(runId, results, user);
        stored.addAll(results);
    }

    @Override
    public synchronized ScreeningRun complete() {
        access.require(Action.RESCREEN, DataKind.SCREENING);
        tx.inTransaction(() -> {
            screenings.complete(runId, stored, user);
            audit.record(AuditAction.RESCREEN, "screening_run", String.valueOf(runId));
        });
        completed = true;
        live.remove(runId);
        return new ScreeningRun(runId, run.startedAt(), run.asOf(), run.frameworks(), run.trigger(), run.user(),
                stored.size());
    }

    @Override
    public synchronized void discard() {
        if (!completed) {
            screenings.discard(runId);
            stored.clear();
            live.remove(runId);
        }
    }
}
