package org.amparo.backup;

import static org.amparo.db.jooq.Tables.CLIENT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.amparo.platform.db.VaultDatabase;
import org.amparo.security.TestVaults;
import org.amparo.security.VaultService;

/**
 * Crash proof: a child JVM ({@link CrashChild}) writes clients through the real service while this process kills it
 * ({@code kill -9}, {@link Process#destroyForcibly()}) at a random moment; after each kill the vault must open and
 * hold every client whose save had returned. Run the long version with
 * {@code mvn -o -q test-compile && java -cp "target/test-classes:target/classes:target/lib/*" \
 * org.amparo.backup.CrashHarness DIR 200}; {@link CrashHarnessTest} runs a few iterations in {@code mvn verify}.
 */
public final class CrashHarness {

    /** What a run found. */
    public record Result(int iterations, long acknowledged, long lost, List<Long> reopenMillis) {

        long medianReopenMillis() {
            List<Long> sorted = new ArrayList<>(reopenMillis);
            sorted.sort(null);
            return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        }

        long maxReopenMillis() {
            return reopenMillis.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    private final Path dir;
    private final Random random;

    public CrashHarness(Path dir, long seed) {
        this.dir = dir;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        CrashHarness harness = new CrashHarness(dir, args.length > 2 ? Long.parseLong(args[2]) : 1);
        harness.createVault();
        Result result = harness.run(iterations, line -> System.err.println(line));
        System.out.printf("{\"iterations\": %d, \"acknowledged\": %d, \"lost\": %d, \"reopen_median_ms\": %d,"
                + " \"reopen_max_ms\": %d}%n", result.iterations(), result.acknowledged(), result.lost(),
                result.medianReopenMillis(), result.maxReopenMillis());
        System.exit(result.lost() == 0 ? 0 : 1);
    }

    public void createVault() throws Exception {
        VaultService vault = TestVaults.cheap(new VaultDatabase());
        TestVaults.create(vault, dir);
        vault.lock();
    }

    public Result run(int iterations, java.util.function.Consumer<String> log) throws Exception {
        Map<Long, String> acknowledged = new HashMap<>();
        List<Long> reopen = new ArrayList<>();
        long lost = 0;
        for (int i = 0; i < iterations; i++) {
            int acks = killChildAtRandom(i, acknowledged);
            long start = System.nanoTime();
            VaultDatabase database = new VaultDatabase();
            VaultService vault = TestVaults.cheap(database);
            vault.open(dir, TestVaults.ADMIN, TestVaults.PASSWORD.toCharArray());
            long opened = (System.nanoTime() - start) / 1_000_000;
            reopen.add(opened);
            Map<Long, String> stored = new HashMap<>();
            database.dsl().select(CLIENT.ID, CLIENT.FAMILY_NAME).from(CLIENT)
                    .forEach(r -> stored.put(r.value1(), r.value2()));
            vault.lock();
            long missing = acknowledged.entrySet().stream()
                    .filter(e -> !e.getValue().equals(stored.get(e.getKey()))).count();
            lost += missing;
            log.accept("iteration " + (i + 1) + ": " + acks + " saves acknowledged, " + acknowledged.size()
                    + " in all, missing " + missing + ", reopened in " + opened + " ms");
        }
        return new Result(iterations, acknowledged.size(), lost, reopen);
    }

    /**
     * Starts the child, lets it write for a random while, kills it; returns the saves it acknowledged. The child's
     * output goes to a file (written with write(2), so a kill cannot lose an acknowledgement it printed).
     */
    private int killChildAtRandom(int iteration, Map<Long, String> acknowledged) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolveSibling("crash-child-" + iteration + ".out");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", CrashChild.class.getName(), dir.toString(),
                String.valueOf(iteration)).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!opened(out)) {
                if (!child.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the child did not open the vault and save");
                }
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(500));
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        int acks = 0;
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            acks += record(line, acknowledged);
        }
        Files.delete(out);
        return acks;
    }

    /** Whether the child has acknowledged its first save (so the kill lands among writes, not start-up). */
    private static boolean opened(Path out) throws IOException {
        return Files.exists(out) && Files.size(out) > "open\n".length()
                && Files.readString(out, StandardCharsets.UTF_8).contains("\nack ");
    }

    private static int record(String line, Map<Long, String> acknowledged) {
        if (line == null || !line.startsWith("ack ")) {
            return 0;
        }
        String[] parts = line.split(" ");
        if (parts.length != 3 || !line.endsWith(parts[2])) {
            return 0;
        }
        acknowledged.put(Long.parseLong(parts[1]), parts[2]);
        return 1;
    }
}
