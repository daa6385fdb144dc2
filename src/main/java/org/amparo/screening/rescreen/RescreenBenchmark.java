package org.amparo.screening.rescreen;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amparo.bench.BenchFigure;
import org.amparo.bench.Benchmark;
import org.amparo.cases.CaseService;
import org.amparo.clients.SyntheticClients;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Person;
import org.amparo.platform.task.TaskContext;
import org.amparo.screening.SyntheticFacts;

/**
 * {@code rescreen.seconds}: a full re-screen of the caseload with persistence (read every open case's facts, screen
 * it under all five frameworks, store the run and each case's result). The bench vault is first filled up to
 * {@code clients} open cases through {@link CaseService#importDocuments} with synthetic facts documents whose people
 * are {@link SyntheticClients}' (so the search benchmark's queries find them). Bound before the search benchmark, so
 * {@code search.p95_ms} is then measured on this filled vault with the full schema.
 */
public final class RescreenBenchmark implements Benchmark {

    static final String FIGURE = "rescreen.seconds";
    static final double TARGET_SECONDS = 20;
    static final int IMPORT_BATCH = 1_000;
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
    static final String PROGRAM = "main";

    private final CaseService cases;
    private final RescreenService rescreen;

    @Inject
    public RescreenBenchmark(CaseService cases, RescreenService rescreen) {
        this.cases = cases;
        this.rescreen = rescreen;
    }

    @Override
    public List<BenchFigure> run(int clients, long seed) {
        long t0 = System.nanoTime();
        int imported = fill(clients, seed);
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        RescreenResult result = rescreen.rescreen(RescreenRequest.all(AS_OF, "bench"), QUIET);
        double seconds = (System.nanoTime() - t1) / 1e9;
        return List.of(new BenchFigure(FIGURE, Math.round(seconds * 100) / 100.0, "s", null, TARGET_SECONDS,
                "full re-screen of " + result.casesScreened() + " open cases with persistence (read facts, 5 "
                        + "frameworks + 6 relief screeners + deadlines; two chunks read ahead while one is screened, "
                        + "results stored chunk by chunk; once the run is complete, latest pointers moved 5,000 "
                        + "cases per transaction); "
                        + (imported == 0 ? "cases already in the vault"
                        : imported + " cases imported first through CaseService.importDocuments in "
                        + Math.round(importSeconds) + " s")));
    }

    /** Imports synthetic cases until the vault has {@code clients} open cases; returns how many it imported. */
    int fill(int clients, long seed) {
        int missing = clients - Math.max(0, rescreen.expectedCases(AS_OF));
        if (missing <= 0) {
            return 0;
        }
        SyntheticFacts facts = new SyntheticFacts(seed, 0.2);
        for (int from = 0; from < missing; from += IMPORT_BATCH) {
            int n = Math.min(IMPORT_BATCH, missing - from);
            List<FactsDocument> batch = new ArrayList<>(n);
            for (int i = from; i < from + n; i++) {
                batch.add(document(facts.next(i), SyntheticClients.person(seed, i)));
            }
            cases.importDocuments(batch, PROGRAM);
        }
        return missing;
    }

    /** The synthetic facts with a synthetic client as the person, and no {@code as_of} (stored facts have none). */
    static FactsDocument document(FactsDocument f, Person person) {
        return new FactsDocument(f.schema(), "bench-" + f.ref(), null, person, f.immigration(), f.criminal(),
                f.conduct(), f.u(), f.t(), f.vawa(), f.familyMembers(), f.courtEvents(), f.iceCheckins(), f.asylum(),
                f.sijs(), f.factsSources(), f.extensions());
    }

    private static final TaskContext QUIET = new TaskContext() {
        @Override
        public void updateProgress(long done, long total) {
        }

        @Override
        public void updateMessage(String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
