package org.amparo.screening.rescreen;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseRow;
import org.amparo.cases.CaseScreening;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.ScreeningRun;
import org.amparo.courthouse.CourthouseFacts;
import org.amparo.platform.task.TaskContext;
import org.amparo.screening.ScreeningEngine;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.DataKind;

/**
 * Re-screens every open and intake case with the one screening engine and stores a dated {@link ScreeningRun} with
 * each case's outcomes, then tells who moved into and out of each outcome against each case's previous screening.
 *
 * <p>Cases are read chunk by chunk (the next chunks on reader threads) and screened on worker threads, and each
 * screened chunk is stored by the case store's {@link CaseService#screeningWriter} while the next is read. The run
 * counts only once a transaction completes it (with the {@code RESCREEN} audit entry); then every case's latest
 * pointer moves to it. A cancel or a failure removes what was stored, so there is never a partial run. Blocking:
 * call from a background task.
 */
public final class RescreenService {

    /** Cases read, screened and stored per step. */
    static final int CHUNK = 1_000;
    /** How many open cases the policy check looks at to find the latest screening. */
    static final int LATEST_SAMPLE = 20;

    private final CaseService cases;
    private final CourthouseFacts courthouse;
    private final ScreeningEngine engine;
    private final AccessControl access;
    private final Clock clock;

    @Inject
    public RescreenService(CaseService cases, CourthouseFacts courthouse, ScreeningEngine engine,
                           AccessControl access) {
        this(cases, courthouse, engine, access, Clock.systemDefaultZone());
    }

    /** With a fixed clock, for tests (the clock dates the run, not what it screens). */
    public RescreenService(CaseService cases, CourthouseFacts courthouse, ScreeningEngine engine,
                           AccessControl access, Clock clock) {
        this.cases = cases;
        this.courthouse = courthouse;
        this.engine = engine;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Re-screens and stores; reports progress to {@code context} and stops when it is cancelled.
     *
     * @throws IllegalArgumentException naming an unknown framework id
     * @throws RescreenCancelledException when cancelled (nothing is stored)
     */
    public RescreenResult rescreen(RescreenRequest request, TaskContext context) {
        access.require(Action.RESCREEN, DataKind.SCREENING);
        engine.checkFrameworks(request.frameworks());
        String inForce = engine.enforcement().inForceOn(request.asOf()).orElse(null);
        List<String> frameworks = frameworksOf(request, inForce);
        int total = expectedCases(request.asOf());
        ScreeningRun draft = new ScreeningRun(null, clock.instant(), request.asOf(), frameworks, request.trigger(),
                access.current().name(), Math.max(0, total));
        CaseScreener screener = new CaseScreener(engine, request.asOf(), frameworks, inForce, draft.startedAt());
        context.updateMessage(request.trigger());
        context.updateProgress(0, total);
        try (RescreenPipeline pipeline = new RescreenPipeline(cases.screeningWriter(draft), courthouse, screener,
                draft, total, new ImpactTally(frameworks), context)) {
            cases.forEachOpenCase(CHUNK, pipeline::accept);
            ScreeningRun run = pipeline.finish();
            return new RescreenResult(run, pipeline.impact());
        }
    }

    /** The asked frameworks (all when none), with the one in force on the run's date added when missing. */
    private List<String> frameworksOf(RescreenRequest request, String inForce) {
        Set<String> ids = new LinkedHashSet<>(request.frameworks().isEmpty() ? engine.frameworkIds()
                : request.frameworks());
        if (inForce != null) {
            ids.add(inForce);
        }
        return List.copyOf(ids);
    }

    /**
     * The progress total; -1 (progress without a total) while the case store cannot count yet (its caseload query
     * is phase 2 of the store).
     */
    int expectedCases(LocalDate asOf) {
        try {
            return openCases(asOf);
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    /** Open and intake cases (what {@link CaseService#forEachOpenCase} streams). */
    public int openCases(LocalDate today) {
        return cases.count(withStatus(CaseStatus.OPEN), today) + cases.count(withStatus(CaseStatus.INTAKE), today);
    }

    private static CaseQuery withStatus(CaseStatus status) {
        CaseQuery all = CaseQuery.all();
        return new CaseQuery(all.text(), Optional.of(status), all.framework(), all.frameworkOutcome(),
                all.relief(), all.reliefOutcome(), all.deadlineWithinDays(), all.assignedTo(), CaseQuery.Sort.STATUS);
    }

    /**
     * Whether the caseload should be re-screened: the framework in force {@code today} is not the one in force at
     * the latest stored screening, or a framework is known that the latest screening did not include. Empty when
     * nothing changed or there is no open case.
     */
    public Optional<PolicyChange> policyChange(LocalDate today) {
        access.require(Action.READ, DataKind.SCREENING);
        int open = openCases(today);
        if (open == 0) {
            return Optional.empty();
        }
        String current = engine.enforcement().inForceOn(today).orElse(null);
        CaseScreening latest = latestScreening(today);
        String previous = latest == null ? null : latest.inForceFramework();
        List<String> added = new ArrayList<>();
        for (String id : engine.frameworkIds()) {
            if (latest != null && !latest.frameworks().containsKey(id)) {
                added.add(id);
            }
        }
        if (latest != null && Objects.equals(previous, current) && added.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PolicyChange(previous, current, open, added));
    }

    /** The newest stored screening among a few recently opened cases (a run screens them all). */
    private CaseScreening latestScreening(LocalDate today) {
        CaseQuery newest = new CaseQuery("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), CaseQuery.Sort.OPENED_NEWEST);
        CaseScreening latest = null;
        for (CaseRow row : cases.caseload(newest, today, 0, LATEST_SAMPLE)) {
            if (row.status() == CaseStatus.CLOSED) {
                continue;
            }
            List<CaseScreening> history = cases.history(row.caseId());
            if (!history.isEmpty() && (latest == null || history.get(0).screenedAt().isAfter(latest.screenedAt()))) {
                latest = history.get(0);
            }
        }
        return latest;
    }
}
