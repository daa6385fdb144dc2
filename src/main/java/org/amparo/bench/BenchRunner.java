package org.amparo.bench;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.amparo.clients.DemoDataService;
import org.amparo.security.VaultService;

/**
 * Runs every bound {@link Benchmark} on a fresh temporary vault filled with synthetic clients, then locks and
 * deletes the vault.
 */
public final class BenchRunner {

    static final String BENCH_USER = "bench";
    private static final int PROGRESS_STEP = 10_000;

    private final VaultService vault;
    private final DemoDataService demo;
    private final Set<Benchmark> benchmarks;
    private final BenchContext context;

    @Inject
    public BenchRunner(VaultService vault, DemoDataService demo, Set<Benchmark> benchmarks, BenchContext context) {
        this.vault = vault;
        this.demo = demo;
        this.benchmarks = benchmarks;
        this.context = context;
    }

    /** @param progress plain progress lines (for stderr) */
    public BenchReport run(int clients, long seed, Consumer<String> progress) throws Exception {
        return run(clients, seed, progress, List.of());
    }

    /**
     * Runs only the benchmarks whose class name contains one of {@code only} (any case), or all when it is empty.
     *
     * @param progress plain progress lines (for stderr)
     */
    public BenchReport run(int clients, long seed, Consumer<String> progress, List<String> only) throws Exception {
        Path tmp = Files.createTempDirectory("amparo-bench");
        Path dir = tmp.resolve("vault");
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        char[] password = ("bench-" + HexFormat.of().formatHex(random)).toCharArray();
        try {
            vault.create(dir, BENCH_USER, password);
            context.set(dir, BENCH_USER, password);
            progress.accept("Filling a temporary vault with " + clients + " synthetic clients…");
            demo.fill(clients, seed, n -> {
                if (n % PROGRESS_STEP == 0 || n == clients) {
                    progress.accept("  " + n + " / " + clients);
                }
            });
            List<BenchReport.Figure> figures = new ArrayList<>();
            for (Benchmark b : benchmarks) {
                if (!selected(b, only)) {
                    continue;
                }
                progress.accept("Running " + b.getClass().getSimpleName() + "…");
                b.run(clients, seed).forEach(f -> figures.add(BenchReport.Figure.of(f)));
            }
            return new BenchReport(BenchReport.SCHEMA, clients, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), figures);
        } finally {
            vault.lock();
            context.set(null, null, null);
            deleteTree(tmp);
        }
    }

    private static boolean selected(Benchmark benchmark, List<String> only) {
        String name = benchmark.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        return only.isEmpty() || only.stream().anyMatch(o -> name.contains(o.toLowerCase(java.util.Locale.ROOT)));
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
