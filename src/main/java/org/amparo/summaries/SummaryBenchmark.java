package org.amparo.summaries;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.amparo.bench.BenchFigure;
import org.amparo.bench.Benchmark;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseStatus;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.ScreeningEngine;
import org.amparo.screening.SyntheticFacts;
import org.amparo.summaries.render.HtmlSummaryRenderer;
import org.amparo.summaries.render.PdfSummaryRenderer;

/**
 * {@code summary.pdf_ms}: one full-profile summary (screening, model, PDF) of a synthetic case, median of warm runs;
 * {@code summary.batch_1000_s}: 1,000 such summaries of different cases written as PDF files to a temporary folder,
 * one after the other, as batch generation does (the facts come from memory, not the vault).
 */
public final class SummaryBenchmark implements Benchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final int WARM_UP = 30;
    private static final int MEASURED = 30;
    private static final int BATCH = 1_000;

    private final ScreeningEngine engine;
    private final PdfSummaryRenderer pdf = new PdfSummaryRenderer(new HtmlSummaryRenderer());

    @Inject
    public SummaryBenchmark(ScreeningEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<BenchFigure> run(int clients, long seed) throws IOException {
        SyntheticFacts generator = new SyntheticFacts(seed, 0.2);
        for (int i = 0; i < WARM_UP; i++) {
            render(generator.next(i), OutputStream.nullOutputStream());
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            render(generator.next(WARM_UP + i), new ByteArrayOutputStream());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double medianMs = nanos[MEASURED / 2] / 1e6;
        double batchSeconds = batch(generator);
        return List.of(
                new BenchFigure("summary.pdf_ms", Math.round(medianMs * 10) / 10.0, "ms", null, 300.0,
                        "full profile, screening + model + PDF with the embedded font; median of " + MEASURED
                                + " warm runs"),
                new BenchFigure("summary.batch_1000_s", Math.round(batchSeconds * 10) / 10.0, "s", null, 120.0,
                        BATCH + " different synthetic cases written as PDF files, one thread"));
    }

    private double batch(SyntheticFacts generator) throws IOException {
        Path dir = Files.createTempDirectory("amparo-bench-summaries");
        try {
            long start = System.nanoTime();
            for (int i = 0; i < BATCH; i++) {
                try (OutputStream out = Files.newOutputStream(dir.resolve("case-" + i + ".pdf"))) {
                    render(generator.next(10_000 + i), out);
                }
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private void render(FactsDocument facts, OutputStream out) {
        CaseInfo info = new CaseInfo(1L, 1L, "BENCH-" + facts.ref(), Set.of(), CaseStatus.OPEN, "bench", null,
                "main", TODAY, null, 0);
        SummaryInput input = new SummaryInput(info, facts, engine.screen(facts, TODAY, List.of()), List.of(),
                List.of(), Map.of(), "bench", ZonedDateTime.of(2026, 3, 2, 12, 0, 0, 0, ZoneOffset.UTC), "bench");
        SummaryModel model = new SummaryModelBuilder(SummaryRequest.of(info.caseNumber(), SummaryProfile.FULL,
                Locale.ENGLISH), input).build();
        pdf.render(model, out);
    }
}
