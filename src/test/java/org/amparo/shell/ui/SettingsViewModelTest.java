package org.amparo.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.prefs.InMemoryUiPreferences;
import org.amparo.platform.theme.Theme;
import org.amparo.platform.theme.ThemeService;
import org.amparo.testing.FakeNavigation;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    private final InMemoryUiPreferences preferences = new InMemoryUiPreferences();
    private final List<String> sheets = new ArrayList<>();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final FakeNavigation navigation = new FakeNavigation();
    private final SettingsViewModel viewModel = new SettingsViewModel(
            ThemeService.withSetter(preferences, sheets::add), preferences, messages, navigation);

    @Test
    void darkThemeAppliesAtOnceAndIsRemembered() {
        assertThat(viewModel.themeProperty().get()).isEqualTo(Theme.LIGHT);
        viewModel.chooseTheme(Theme.DARK);
        assertThat(sheets).singleElement().asString().contains("primer-dark");
        assertThat(preferences.theme()).contains("DARK");
    }

    @Test
    void spanishAppliesAtOnceByRebuildingTheMainWindow() {
        viewModel.chooseLanguage(Locale.forLanguageTag("es"));
        assertThat(messages.get("nav.settings")).isEqualTo("A_justes");
        assertThat(preferences.language()).contains("es");
        assertThat(navigation.visited).containsExactly("reloadMain");
        assertThat(viewModel.languageName(Locale.forLanguageTag("es"))).isEqualTo("español");
    }

    @Test
    void choosingTheCurrentLanguageChangesNothing() {
        viewModel.chooseLanguage(Locale.ENGLISH);
        assertThat(navigation.visited).isEmpty();
    }
}
