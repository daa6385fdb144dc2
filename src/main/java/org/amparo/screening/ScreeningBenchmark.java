package org.amparo.screening;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amparo.bench.BenchFigure;
import org.amparo.bench.Benchmark;
import org.amparo.facts.FactsDocument;

/**
 * {@code screen.docs_per_s}: facts documents screened per second on one thread (all five frameworks, the six relief
 * screeners and the deadline rules), over deterministic synthetic documents, after a warm-up.
 */
public final class ScreeningBenchmark implements Benchmark {

    static final String FIGURE = "screen.docs_per_s";
    static final double TARGET = 20_000;
    private static final int DISTINCT_DOCUMENTS = 2_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final ScreeningEngine engine;
    private final long warmUpNanos;
    private final long measureNanos;

    /**
     * Steady-state throughput, as a caseload re-screen sees it: on this 2-core machine the JIT needs about 5 s to
     * reach full speed on the engines, so 6 s of warm-up come before 3 s of measurement.
     */
    @Inject
    public ScreeningBenchmark(ScreeningEngine engine) {
        this(engine, 6_000_000_000L, 3_000_000_000L);
    }

    ScreeningBenchmark(ScreeningEngine engine, long warmUpNanos, long measureNanos) {
        this.engine = engine;
        this.warmUpNanos = warmUpNanos;
        this.measureNanos = measureNanos;
    }

    /** {@code clients} does not matter here (no vault); {@code seed} fixes the synthetic documents. */
    @Override
    public List<BenchFigure> run(int clients, long seed) {
        List<FactsDocument> documents = documents(seed);
        screenFor(documents, warmUpNanos);
        Measured m = screenFor(documents, measureNanos);
        double perSecond = m.count() / (m.nanos() / 1e9);
        return List.of(new BenchFigure(FIGURE, Math.round(perSecond * 10) / 10.0, "docs/s", null, TARGET,
                "one thread; 5 frameworks + 6 relief screeners + deadlines per document; " + DISTINCT_DOCUMENTS
                        + " synthetic documents (seed " + seed + "), " + (measureNanos / 1_000_000_000L)
                        + " s measured after a 6 s warm-up (steady state)"));
    }

    private static List<FactsDocument> documents(long seed) {
        SyntheticFacts generator = new SyntheticFacts(seed, 0.2);
        List<FactsDocument> out = new ArrayList<>(DISTINCT_DOCUMENTS);
        for (int i = 0; i < DISTINCT_DOCUMENTS; i++) {
            out.add(generator.next(i));
        }
        return out;
    }

    private Measured screenFor(List<FactsDocument> documents, long budgetNanos) {
        long start = System.nanoTime();
        long elapsed = 0;
        long count = 0;
        long sink = 0;
        while (elapsed < budgetNanos || count == 0) {
            ScreeningDocument out = engine.screen(documents.get((int) (count % documents.size())), TODAY, List.of());
            sink += out.enforcement().size() + out.relief().size() + out.deadlines().size();
            count++;
            elapsed = System.nanoTime() - start;
        }
        return new Measured(count, elapsed, sink);
    }

    private record Measured(long count, long nanos, long sink) { }
}
