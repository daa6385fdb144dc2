package org.amparo.summaries.ui;

import jakarta.inject.Inject;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;
import org.amparo.platform.i18n.Messages;
import org.amparo.summaries.SummaryProfile;

/** The case-summary tab: bindings to {@link SummaryViewModel}. */
public final class SummaryView {

    private final SummaryViewModel viewModel;
    private final Messages messages;

    @FXML private TextField caseNumber;
    @FXML private ComboBox<SummaryProfile> profile;
    @FXML private ComboBox<Locale> language;
    @FXML private Button preview;
    @FXML private Button save;
    @FXML private Button batch;
    @FXML private Button cancelBatch;
    @FXML private Label status;
    @FXML private ListView<SummaryViewModel.NoteChoice> notes;
    @FXML private TextArea previewText;
    @FXML private Button includeRedacted;
    @FXML private Button clearOverride;
    @FXML private Label overrideSummary;

    @Inject
    public SummaryView(SummaryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        caseNumber.textProperty().bindBidirectional(viewModel.caseNumberProperty());
        profile.getItems().setAll(SummaryProfile.values());
        profile.setConverter(converter(p -> messages.get(switch (p) {
            case FULL -> "summary.ui.profile.full";
            case REFERRAL -> "summary.ui.profile.referral";
            case CLIENT -> "summary.ui.profile.client";
        })));
        profile.valueProperty().bindBidirectional(viewModel.profileProperty());
        language.getItems().setAll(Messages.SUPPORTED);
        language.setConverter(converter(l -> l.getDisplayLanguage(l)));
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        notes.setItems(viewModel.notes());
        notes.setCellFactory(CheckBoxListCell.forListView(SummaryViewModel.NoteChoice::chosen,
                converter(n -> n.note().text())));
        previewText.textProperty().bind(viewModel.previewProperty());
        status.textProperty().bind(viewModel.statusProperty());
        preview.disableProperty().bind(viewModel.workingProperty());
        save.disableProperty().bind(viewModel.workingProperty());
        batch.disableProperty().bind(viewModel.workingProperty());
        cancelBatch.disableProperty().bind(viewModel.workingProperty().not());
        SummaryOverride override = viewModel.override();
        includeRedacted.disableProperty().bind(override.attorneyProperty().not().or(viewModel.workingProperty()));
        overrideSummary.textProperty().bind(override.summaryProperty());
        clearOverride.visibleProperty().bind(override.summaryProperty().isNotEmpty());
        clearOverride.managedProperty().bind(clearOverride.visibleProperty());
        viewModel.loadRole();
    }

    @FXML
    private void includeRedacted() {
        new IncludeRedactedDialog(viewModel.override(), messages, includeRedacted.getScene().getWindow())
                .showAndWait();
    }

    @FXML
    private void clearOverride() {
        viewModel.override().clear();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    @FXML
    private void preview() {
        viewModel.preview();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void batch() {
        viewModel.saveFilteredCaseload();
    }

    @FXML
    private void cancelBatch() {
        viewModel.cancelBatch();
    }
}
