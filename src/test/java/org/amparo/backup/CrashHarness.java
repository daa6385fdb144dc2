package org.amparo.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Runs {@code iterations} children; each one's start is the reopen after the previous kill and checks every
     * earlier acknowledgement; a last open here checks the final kill's.
     */
    public Result run(int iterations, java.util.function.Consumer<String> log) throws Exception {
        Path acks = dir.resolveSibling("crash-acknowledged.txt");
        Files.write(acks, new byte[0]);
        List<Long> reopen = new ArrayList<>();
        long lost = 0;
        for (int i = 0; i < iterations; i++) {
            Child child = killChildAtRandom(i, acks);
            lost += child.missing();
            if (i > 0) {
                reopen.add(child.openMillis());
            }
            log.accept("iteration " + (i + 1) + ": opened in " + child.openMillis() + " ms, missing "
                    + child.missing() + ", then " + child.acknowledged() + " saves acknowledged before the kill");
        }
        VaultDatabase database = new VaultDatabase();
        VaultService vault = TestVaults.cheap(database);
        long start = System.nanoTime();
        vault.open(dir, TestVaults.ADMIN, TestVaults.PASSWORD.toCharArray());
        reopen.add((System.nanoTime() - start) / 1_000_000);
        try {
            lost += CrashChild.missing(database, acks);
        } finally {
            vault.lock();
        }
        return new Result(iterations, Files.readAllLines(acks).size(), lost, reopen);
    }

    /** What one child reported: its open time, acknowledged saves it found missing, and its own saves. */
    private record Child(long openMillis, long missing, int acknowledged) {
    }

    /**
     * Starts the child, lets it write for a random while, kills it, and appends its acknowledgements to {@code acks}.
     * The child's output goes to a file (written with write(2), so a kill cannot lose a line it printed).
     */
    private Child killChildAtRandom(int iteration, Path acks) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolveSibling("crash-child-" + iteration + ".out");
        Process child = new ProcessBuilder(javaBin, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                CrashChild.class.getName(), dir.toString(), String.valueOf(iteration), acks.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(out.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!firstSaveDone(out)) {
                if (!child.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the child did not open the vault and save: "
                            + (Files.exists(out) ? Files.readString(out) : ""));
                }
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(500));
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        String[] open = lines.get(0).split(" ");
        List<String> acknowledged = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (isAck(line)) {
                acknowledged.add(line + "\n");
            }
        }
        Files.writeString(acks, String.join("", acknowledged), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Files.delete(out);
        return new Child(Long.parseLong(open[1]), Long.parseLong(open[2]), acknowledged.size());
    }

    /** Whether the child has acknowledged its first save (so the kill lands among writes, not start-up). */
    private static boolean firstSaveDone(Path out) throws IOException {
        return Files.exists(out) && Files.readString(out, StandardCharsets.UTF_8).contains("\nack ");
    }

    /** A complete acknowledgement line (a line cut off by the kill has no newline and is not read as one). */
    private static boolean isAck(String line) {
        String[] parts = line.split(" ");
        return parts.length == 3 && parts[0].equals("ack") && parts[2].startsWith("Demo-Crash-");
    }
}
