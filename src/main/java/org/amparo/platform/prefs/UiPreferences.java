package org.amparo.platform.prefs;

import java.util.Optional;

/** The few settings the desktop keeps between runs (theme and UI language); never anything about clients. */
public interface UiPreferences {

    Optional<String> theme();

    void setTheme(String theme);

    /** BCP 47 language tag, empty when the user has not chosen (then the system locale applies). */
    Optional<String> language();

    void setLanguage(String languageTag);

    /** Minutes without key or mouse activity before the vault locks by itself. */
    int DEFAULT_IDLE_LOCK_MINUTES = 5;
    int MIN_IDLE_LOCK_MINUTES = 1;
    int MAX_IDLE_LOCK_MINUTES = 15;

    /** The idle-lock delay in minutes, between {@link #MIN_IDLE_LOCK_MINUTES} and {@link #MAX_IDLE_LOCK_MINUTES}. */
    default int idleLockMinutes() {
        return DEFAULT_IDLE_LOCK_MINUTES;
    }

    /** Stores the idle-lock delay (clamped to 1–15 minutes). */
    default void setIdleLockMinutes(int minutes) {
        throw new UnsupportedOperationException("these preferences keep no idle-lock delay");
    }

    /** {@code minutes} within 1–15. */
    static int clampIdleLockMinutes(int minutes) {
        return Math.max(MIN_IDLE_LOCK_MINUTES, Math.min(MAX_IDLE_LOCK_MINUTES, minutes));
    }
}
