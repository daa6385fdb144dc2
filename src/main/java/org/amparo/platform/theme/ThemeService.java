package org.amparo.platform.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import org.amparo.platform.prefs.UiPreferences;

/**
 * Applies AtlantaFX Primer light or dark to the whole application at run time and remembers the choice. Our own
 * styles ({@code amparo.css}) use looked-up colours named {@code -amp-*} defined from AtlantaFX's colour variables,
 * so they follow the theme without a second style sheet.
 */
@Singleton
public final class ThemeService {

    private static final String APP_CSS = Objects.requireNonNull(
            ThemeService.class.getResource("/org/amparo/platform/theme/amparo.css")).toExternalForm();

    private final UiPreferences preferences;
    private final Consumer<String> userAgentStylesheet;
    private final ReadOnlyObjectWrapper<Theme> current = new ReadOnlyObjectWrapper<>(Theme.LIGHT);

    @Inject
    public ThemeService(UiPreferences preferences) {
        this(preferences, Application::setUserAgentStylesheet);
    }

    private ThemeService(UiPreferences preferences, Consumer<String> userAgentStylesheet) {
        this.preferences = preferences;
        this.userAgentStylesheet = userAgentStylesheet;
        current.set(preferences.theme().map(ThemeService::parse).orElse(Theme.LIGHT));
    }

    /** A theme service that hands the style sheet to {@code setter} instead of the toolkit (tests). */
    public static ThemeService withSetter(UiPreferences preferences, Consumer<String> setter) {
        return new ThemeService(preferences, setter);
    }

    private static Theme parse(String name) {
        try {
            return Theme.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public ReadOnlyObjectProperty<Theme> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Applies the remembered theme (call once on the FX thread before the first window). */
    public void applyCurrent() {
        apply(current.get());
    }

    /** Switches every open window to {@code theme} and remembers it. */
    public void apply(Theme theme) {
        current.set(theme);
        preferences.setTheme(theme.name());
        userAgentStylesheet.accept(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds our style sheet to a scene. */
    public void style(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }
}
