package org.amparo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No network in embedded mode: the real commands (a new vault with clients, a backup, its verification, a screening)
 * run under {@code strace -f -e trace=network} without one connect, bind, listen, accept or send on an IPv4/IPv6
 * socket, and they still succeed inside a network namespace with no network at all ({@code unshare -n}). Skips,
 * saying why, only when strace or unshare is not available (CI installs strace: see {@code .ci/run}).
 */
class NoNetworkTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "^\\d+\\s+((connect|bind|sendto|sendmsg)\\(.*AF_INET|(listen|accept|accept4)\\()");
    private static final String PASSWORD = "Prueba-Rio-Azul-73";

    @TempDir
    static Path temp;

    @BeforeAll
    static void needsLinuxTools() {
        assumeTrue(works("strace", "-V"), "strace is not installed (apt-get install strace)");
    }

    @Test
    void commandsMakeNoNetworkCalls() throws Exception {
        Path vault = temp.resolve("vault-strace");
        List<String> violations = new ArrayList<>();
        violations.addAll(traced("demo", "--db", vault.toString(), "--clients", "20"));
        violations.addAll(traced("backup", "--db", vault.toString(), "--user", "demo", "--to",
                temp.resolve("backups").toString()));
        Path backup;
        try (var files = Files.list(temp.resolve("backups"))) {
            backup = files.filter(p -> p.toString().endsWith(".ampbak")).findFirst().orElseThrow();
        }
        violations.addAll(traced("verify-backup", "--user", "demo", backup.toString()));
        violations.addAll(traced("screen", "--facts", example().toString()));

        assertThat(violations).as("network system calls").isEmpty();
    }

    @Test
    void commandsWorkWithNoNetworkAtAll() throws Exception {
        assumeTrue(works("unshare", "-n", "true"), "unshare -n is not permitted here (needs root or user namespaces)");
        Path vault = temp.resolve("vault-unshare");
        assertThat(run(List.of("unshare", "-n"), "demo", "--db", vault.toString(), "--clients", "20")).isZero();
        assertThat(run(List.of("unshare", "-n"), "backup", "--db", vault.toString(), "--user", "demo")).isZero();
    }

    /** Runs an Amparo command under strace; returns the forbidden calls it made. */
    private static List<String> traced(String... command) throws Exception {
        Path trace = Files.createTempFile(temp, "strace-", ".txt");
        int exit = run(List.of("strace", "-f", "-qq", "-e", "trace=network", "-o", trace.toString()), command);
        assertThat(exit).as(String.join(" ", command)).isZero();
        List<String> forbidden = new ArrayList<>();
        for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
            if (FORBIDDEN.matcher(line).find()) {
                forbidden.add(command[0] + ": " + line);
            }
        }
        return forbidden;
    }

    private static int run(List<String> prefix, String... command) throws Exception {
        List<String> args = new ArrayList<>(prefix);
        args.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        args.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        args.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("AMPARO_PASSWORD", PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        return process.exitValue();
    }

    private static Path example() {
        return Path.of("src/test/resources/examples/facts-u-visa-dv.json").toAbsolutePath();
    }

    private static boolean works(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
