package org.amparo.shell.ui;

import jakarta.inject.Inject;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.amparo.platform.fx.Navigation;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.prefs.UiPreferences;
import org.amparo.platform.theme.Theme;
import org.amparo.platform.theme.ThemeService;

/**
 * Settings: light or dark (applies at once to every window) and the UI language (applies at once: the main window
 * is rebuilt in the new language; the vault stays open). Both are remembered.
 */
public final class SettingsViewModel {

    private final ThemeService themes;
    private final UiPreferences preferences;
    private final Messages messages;
    private final Navigation navigation;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Locale> language = new ReadOnlyObjectWrapper<>();

    @Inject
    public SettingsViewModel(ThemeService themes, UiPreferences preferences, Messages messages,
                             Navigation navigation) {
        this.themes = themes;
        this.preferences = preferences;
        this.messages = messages;
        this.navigation = navigation;
        theme.set(themes.currentProperty().get());
        language.set(messages.locale());
    }

    public void chooseTheme(Theme chosen) {
        if (chosen != null && chosen != theme.get()) {
            theme.set(chosen);
            themes.apply(chosen);
        }
    }

    public void chooseLanguage(Locale chosen) {
        if (chosen != null && !chosen.getLanguage().equals(language.get().getLanguage())) {
            language.set(chosen);
            preferences.setLanguage(chosen.toLanguageTag());
            messages.setLocale(chosen);
            navigation.reloadMain();
        }
    }

    /** A language's name in that language ("English", "español"). */
    public String languageName(Locale locale) {
        return locale.getDisplayLanguage(locale);
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Locale> languageProperty() {
        return language.getReadOnlyProperty();
    }
}
