package org.amparo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The start-up benchmark's hand-shake: a window started with {@code -Damparo.bench.shownFile=FILE} calls
 * {@link #reportShown()} once it is shown and usable; this writes the milliseconds since JVM start into FILE, and
 * the caller then exits.
 */
public final class ShownReporter {

    public static final String SHOWN_FILE_PROPERTY = "amparo.bench.shownFile";

    private ShownReporter() {
    }

    /** Whether this JVM was started by the start-up benchmark. */
    public static boolean isRequested() {
        return shownFile().isPresent();
    }

    /** Writes the elapsed milliseconds since JVM start; returns false when no benchmark asked for it. */
    public static boolean reportShown() {
        Optional<Path> file = shownFile();
        if (file.isEmpty()) {
            return false;
        }
        long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        try {
            Files.writeString(file.get(), Long.toString(elapsed), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private static Optional<Path> shownFile() {
        String value = System.getProperty(SHOWN_FILE_PROPERTY);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }
}
