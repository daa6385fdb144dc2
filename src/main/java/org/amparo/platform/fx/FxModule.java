package org.amparo.platform.fx;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Locale;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.dialog.FxDialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.prefs.JavaUiPreferences;
import org.amparo.platform.prefs.UiPreferences;
import org.amparo.platform.task.FxTaskRunner;
import org.amparo.platform.task.TaskRunner;
import org.amparo.platform.theme.ThemeService;

/** Desktop plumbing: background tasks, dialogs, messages, preferences, theme and the view loader. */
public final class FxModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(TaskRunner.class).to(FxTaskRunner.class).in(Singleton.class);
        bind(DialogService.class).to(FxDialogService.class).in(Singleton.class);
        bind(UiPreferences.class).to(JavaUiPreferences.class).in(Singleton.class);
        bind(ThemeService.class).in(Singleton.class);
        bind(ViewLoader.class);
    }

    @Provides
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** The UI language: the one chosen in Settings, else the system's. */
    @Provides
    @Singleton
    Messages messages(UiPreferences preferences) {
        Locale locale = preferences.language().map(Locale::forLanguageTag).orElse(Locale.getDefault());
        return new Messages(locale);
    }
}
