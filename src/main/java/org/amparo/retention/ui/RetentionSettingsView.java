package org.amparo.retention.ui;

import jakarta.inject.Inject;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.amparo.retention.PurgeCandidate;
import org.amparo.retention.PurgeKind;
import org.amparo.retention.RetentionSetting;

/** Settings → Retention: bindings to {@link RetentionSettingsViewModel}. */
public final class RetentionSettingsView {

    private final RetentionSettingsViewModel viewModel;

    private javafx.beans.property.ObjectProperty<Integer> monthsValue;
    @FXML private ListView<RetentionSetting> programs;
    @FXML private VBox editor;
    @FXML private Spinner<Integer> months;
    @FXML private ToggleGroup kindGroup;
    @FXML private RadioButton narratives;
    @FXML private RadioButton wholeCase;
    @FXML private CheckBox scheduled;
    @FXML private Button save;
    @FXML private ListView<PurgeCandidate> cases;
    @FXML private Button purgeDue;
    @FXML private Label status;
    @FXML private VBox purgeCaseBox;

    @Inject
    public RetentionSettingsView(RetentionSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        programs.setItems(viewModel.rules());
        programs.setCellFactory(view -> cell(viewModel::describe));
        programs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> programs.getSelectionModel().select(now));
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                RetentionSetting.MIN_MONTHS, RetentionSetting.MAX_MONTHS, viewModel.monthsProperty().get());
        months.setValueFactory(factory);
        monthsValue = viewModel.monthsProperty().asObject();
        factory.valueProperty().bindBidirectional(monthsValue);
        narratives.setText(viewModel.kindName(PurgeKind.NARRATIVES));
        narratives.setUserData(PurgeKind.NARRATIVES);
        wholeCase.setText(viewModel.kindName(PurgeKind.WHOLE_CASE));
        wholeCase.setUserData(PurgeKind.WHOLE_CASE);
        viewModel.kindProperty().addListener((obs, old, now) -> selectKind(now));
        selectKind(viewModel.kindProperty().get());
        kindGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.kindProperty().set((PurgeKind) now.getUserData());
            }
        });
        scheduled.selectedProperty().bindBidirectional(viewModel.scheduledProperty());
        editor.disableProperty().bind(viewModel.editableProperty().not().or(viewModel.busyProperty()));
        programs.disableProperty().bind(viewModel.editableProperty().not());
        cases.setItems(viewModel.candidates());
        cases.setCellFactory(view -> cell(viewModel::describe));
        viewModel.selectedCaseProperty().bind(cases.getSelectionModel().selectedItemProperty());
        purgeCaseBox.getChildren().setAll(new PurgeCasePane(viewModel.purgeCase(), viewModel.messages()).root());
        purgeCaseBox.visibleProperty().bind(viewModel.mayPurgeProperty());
        purgeCaseBox.managedProperty().bind(viewModel.mayPurgeProperty());
        purgeDue.disableProperty().bind(viewModel.mayPurgeProperty().not().or(viewModel.busyProperty()));
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.refresh();
    }

    private void selectKind(PurgeKind kind) {
        kindGroup.selectToggle(kind == PurgeKind.WHOLE_CASE ? wholeCase : narratives);
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void purgeDue() {
        viewModel.purgeDue();
    }
}
