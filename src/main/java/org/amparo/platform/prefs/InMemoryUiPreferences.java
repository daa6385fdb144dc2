package org.amparo.platform.prefs;

import java.util.Optional;

/** Preferences that live only as long as the process (tests, benchmarks). */
public final class InMemoryUiPreferences implements UiPreferences {

    private String theme;
    private String language;
    private int idleLockMinutes = DEFAULT_IDLE_LOCK_MINUTES;

    @Override
    public Optional<String> theme() {
        return Optional.ofNullable(theme);
    }

    @Override
    public void setTheme(String theme) {
        this.theme = theme;
    }

    @Override
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    @Override
    public void setLanguage(String languageTag) {
        this.language = languageTag;
    }

    @Override
    public int idleLockMinutes() {
        return idleLockMinutes;
    }

    @Override
    public void setIdleLockMinutes(int minutes) {
        this.idleLockMinutes = UiPreferences.clampIdleLockMinutes(minutes);
    }
}
