package org.amparo.shell;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import org.amparo.bench.ShownReporter;
import org.amparo.platform.fx.StartupProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up benchmark hook: with {@code AMPARO_BENCH_USER} set, the app unlocks by itself with
 * {@code AMPARO_PASSWORD}, and when the client list's first page is on screen writes the milliseconds since JVM start
 * to the file named by {@code amparo.bench.shownFile}, then exits.
 */
public final class StartupBench {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBench.class);

    /** Who to unlock as. */
    public record Credentials(String user, char[] password) { }

    private StartupBench() {
    }

    public static Optional<Credentials> credentials(Map<String, String> env) {
        String user = env.get("AMPARO_BENCH_USER");
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(user, env.getOrDefault("AMPARO_PASSWORD", "").toCharArray()));
    }

    /** Writes the figure ({@link ShownReporter}) and exits when the first page shows. */
    public static void install(StartupProbe probe) {
        probe.onFirstPageShown(() -> {
            try {
                ShownReporter.reportShown();
            } catch (UncheckedIOException e) {
                LOG.error("Could not write the start-up figure", e);
            }
            Platform.exit();
        });
    }
}
