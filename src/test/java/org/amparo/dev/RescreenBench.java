package org.amparo.dev;

import com.google.inject.Injector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amparo.AmparoApplication;
import org.amparo.bench.BenchFigure;
import org.amparo.bootstrap.AmparoModule;
import org.amparo.clients.DemoDataService;
import org.amparo.clients.SearchBenchmark;
import org.amparo.screening.rescreen.RescreenBenchmark;
import org.amparo.security.VaultService;

/**
 * The bench suite's vault steps for {@code rescreen.seconds} and {@code search.p95_ms} only, in the bench's order (a
 * fresh temporary vault, the demo clients, the re-screen benchmark's import and re-screen, then search), without the
 * start-up and screening benchmarks. Args: clients (default 100000), seed (default 1). The folder is left in /tmp.
 */
public final class RescreenBench {

    private RescreenBench() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Injector injector = AmparoApplication.injector(List.of(AmparoModule.forCli()));
        Path dir = Files.createTempDirectory("amparo-rescreen-bench").resolve("vault");
        VaultService vault = injector.getInstance(VaultService.class);
        vault.create(dir, "bench", "bench-Prueba-lantern-47-quietly".toCharArray());
        try {
            long t0 = System.nanoTime();
            injector.getInstance(DemoDataService.class).fill(clients, seed, n -> { });
            print(List.of(new BenchFigure("demo.fill_seconds", (System.nanoTime() - t0) / 1e9, "s", null, null,
                    "demo clients, as the bench runner fills them")));
            print(injector.getInstance(RescreenBenchmark.class).run(clients, seed));
            print(injector.getInstance(SearchBenchmark.class).run(clients, seed));
        } finally {
            vault.lock();
        }
    }

    @SuppressWarnings("PMD.SystemPrintln")
    private static void print(List<BenchFigure> figures) {
        figures.forEach(f -> System.err.println(f));
    }
}
