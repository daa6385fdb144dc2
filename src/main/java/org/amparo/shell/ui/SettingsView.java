package org.amparo.shell.ui;

import jakarta.inject.Inject;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.theme.Theme;

/** Settings page: bindings to {@link SettingsViewModel}. */
public final class SettingsView {

    private final SettingsViewModel viewModel;

    @FXML private ToggleGroup themeGroup;
    @FXML private RadioButton lightTheme;
    @FXML private RadioButton darkTheme;
    @FXML private ComboBox<Locale> language;

    @Inject
    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        lightTheme.setUserData(Theme.LIGHT);
        darkTheme.setUserData(Theme.DARK);
        themeGroup.selectToggle(viewModel.themeProperty().get() == Theme.DARK ? darkTheme : lightTheme);
        themeGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.chooseTheme((Theme) now.getUserData());
            }
        });
        language.getItems().setAll(Messages.SUPPORTED);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : viewModel.languageName(locale);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        language.getSelectionModel().select(Messages.supported(viewModel.languageProperty().get()));
        language.valueProperty().addListener((obs, old, now) -> viewModel.chooseLanguage(now));
    }
}
