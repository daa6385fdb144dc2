package org.amparo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Amparo's version, as the build wrote it into {@code org/amparo/version.properties}; "unknown" if absent. */
public final class AppVersion {

    private static final String CURRENT = read();

    private AppVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/amparo/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("amparo.version", "unknown");
    }
}
