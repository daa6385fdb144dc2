package org.amparo.platform.prefs;

import java.util.Optional;

/** The few settings the desktop keeps between runs (theme and UI language); never anything about clients. */
public interface UiPreferences {

    Optional<String> theme();

    void setTheme(String theme);

    /** BCP 47 language tag, empty when the user has not chosen (then the system locale applies). */
    Optional<String> language();

    void setLanguage(String languageTag);
}
