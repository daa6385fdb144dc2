package org.amparo.platform.prefs;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link UiPreferences} kept with {@code java.util.prefs} under the node {@code org/amparo}. */
public final class JavaUiPreferences implements UiPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(JavaUiPreferences.class);
    private static final String THEME = "ui.theme";
    private static final String LANGUAGE = "ui.language";
    private static final String IDLE_LOCK = "security.idleLockMinutes";

    private final Preferences node = Preferences.userRoot().node("org/amparo");

    @Override
    public Optional<String> theme() {
        return Optional.ofNullable(node.get(THEME, null));
    }

    @Override
    public void setTheme(String theme) {
        node.put(THEME, theme);
        flush();
    }

    @Override
    public Optional<String> language() {
        return Optional.ofNullable(node.get(LANGUAGE, null));
    }

    @Override
    public void setLanguage(String languageTag) {
        node.put(LANGUAGE, languageTag);
        flush();
    }

    @Override
    public int idleLockMinutes() {
        return UiPreferences.clampIdleLockMinutes(node.getInt(IDLE_LOCK, DEFAULT_IDLE_LOCK_MINUTES));
    }

    @Override
    public void setIdleLockMinutes(int minutes) {
        node.putInt(IDLE_LOCK, UiPreferences.clampIdleLockMinutes(minutes));
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not store the UI preferences: {}", e.getMessage());
        }
    }
}
