package org.amparo.bench;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.amparo.security.VaultService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code startup.shown_ms}: median of {@value #RUNS} fresh JVMs running {@code org.amparo.Launcher} on the bench
 * vault (auto-unlocked through {@code AMPARO_BENCH_USER}/{@code AMPARO_PASSWORD}) until the client list is shown;
 * {@code startup.floor_ms}: the same for {@link FloorWindow}. Runs alternate, with the same JVM flags
 * ({@code -Damparo.bench.jvmArgs}). Skipped, with a warning, when there is no display.
 */
public final class StartupBenchmark implements Benchmark {

    static final int RUNS = 5;
    static final String JVM_ARGS_PROPERTY = "amparo.bench.jvmArgs";
    private static final long TIMEOUT_S = 120;
    private static final Logger LOG = LoggerFactory.getLogger(StartupBenchmark.class);

    private final VaultService vault;
    private final BenchContext context;

    @Inject
    public StartupBenchmark(VaultService vault, BenchContext context) {
        this.vault = vault;
        this.context = context;
    }

    @Override
    public List<BenchFigure> run(int clients, long seed) throws Exception {
        if (!hasDisplay()) {
            LOG.warn("No display (DISPLAY unset and not Monocle): start-up figures skipped");
            return List.of();
        }
        if (!context.isSet()) {
            LOG.warn("No bench vault: start-up figures skipped");
            return List.of();
        }
        double[] app = new double[RUNS];
        double[] floor = new double[RUNS];
        vault.lock();
        try {
            for (int i = 0; i < RUNS; i++) {
                floor[i] = timeToShown("org.amparo.bench.FloorWindow");
                app[i] = timeToShown("org.amparo.Launcher");
            }
        } finally {
            vault.open(context.vaultDir(), context.user(), context.password());
        }
        double appMedian = median(app);
        double floorMedian = median(floor);
        return List.of(
                new BenchFigure("startup.shown_ms", appMedian, "ms", floorMedian, null,
                        "median of " + RUNS + " fresh JVMs to the shown client list with the vault of clients; "
                                + "floor = a bare JavaFX window on the same JVM flags"),
                new BenchFigure("startup.floor_ms", floorMedian, "ms", null, null,
                        "median of " + RUNS + " fresh JVMs to a bare shown JavaFX window"));
    }

    static boolean hasDisplay() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank() || "Monocle".equals(System.getProperty("glass.platform"));
    }

    double timeToShown(String mainClass) throws IOException, InterruptedException {
        Path shown = Files.createTempFile("amparo-shown", ".txt");
        Files.delete(shown);
        try {
            ProcessBuilder pb = new ProcessBuilder(command(mainClass, shown));
            Map<String, String> env = pb.environment();
            env.put("AMPARO_HOME", context.vaultDir().toString());
            env.put("AMPARO_BENCH_USER", context.user());
            env.put("AMPARO_PASSWORD", new String(context.password()));
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(mainClass + " did not exit within " + TIMEOUT_S + " s");
            }
            if (!Files.exists(shown)) {
                throw new IllegalStateException(mainClass + " exited (code " + p.exitValue()
                        + ") without reporting a shown window");
            }
            return Double.parseDouble(Files.readString(shown, StandardCharsets.UTF_8).trim());
        } finally {
            Files.deleteIfExists(shown);
        }
    }

    private static List<String> command(String mainClass, Path shown) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String extra = System.getProperty(JVM_ARGS_PROPERTY, "").trim();
        if (!extra.isEmpty()) {
            cmd.addAll(Arrays.asList(extra.split("\\s+")));
        }
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        cmd.add("-D" + ShownReporter.SHOWN_FILE_PROPERTY + "=" + shown);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return cmd;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
