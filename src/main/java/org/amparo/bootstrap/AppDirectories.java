package org.amparo.bootstrap;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the vault lives: {@code --db DIR}, else {@code $AMPARO_HOME}, else the platform's user data folder
 * ({@code ~/.local/share/amparo}, {@code %APPDATA%\Amparo}, {@code ~/Library/Application Support/Amparo}).
 */
public final class AppDirectories {

    private AppDirectories() {
    }

    public static Path vaultDir(Path explicit) {
        return vaultDir(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path vaultDir(Path explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String amparoHome = env.get("AMPARO_HOME");
        if (amparoHome != null && !amparoHome.isBlank()) {
            return Path.of(amparoHome).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", home);
            return Path.of(appData, "Amparo");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Amparo");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("amparo");
    }
}
