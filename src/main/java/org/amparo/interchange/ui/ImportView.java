package org.amparo.interchange.ui;

import jakarta.inject.Inject;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.amparo.interchange.ImportDuplicate;
import org.amparo.interchange.ImportProblem;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.fx.Disposable;
import org.amparo.platform.i18n.Messages;

/** The import window's controller: bindings to {@link ImportViewModel} and the file chooser. */
public final class ImportView implements Disposable {

    private final Messages messages;
    private final DialogService dialogs;
    private ImportViewModel viewModel;

    @FXML private Button chooseButton;
    @FXML private Label fileName;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private Label status;
    @FXML private TableView<ImportProblem> rejectedTable;
    @FXML private TableColumn<ImportProblem, Integer> rowColumn;
    @FXML private TableColumn<ImportProblem, String> pathColumn;
    @FXML private TableColumn<ImportProblem, String> reasonColumn;
    @FXML private TableView<ImportDuplicate> duplicateTable;
    @FXML private TableColumn<ImportDuplicate, Integer> dupRowColumn;
    @FXML private TableColumn<ImportDuplicate, String> dupNameColumn;
    @FXML private TableColumn<ImportDuplicate, String> dupDobColumn;
    @FXML private TableColumn<ImportDuplicate, String> dupMatchColumn;
    @FXML private Button undoButton;
    @FXML private Button validButton;
    @FXML private Button allButton;

    @Inject
    public ImportView(Messages messages, DialogService dialogs) {
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        rowColumn.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().row()));
        pathColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().path()));
        reasonColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().reason()));
        dupRowColumn.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().row()));
        dupNameColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().name()));
        dupDobColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(String.valueOf(r.getValue().dob())));
        dupMatchColumn.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().matches()));
    }

    /** Connects the view to its model (the window owner creates the model with its callback). */
    public void bind(ImportViewModel model) {
        this.viewModel = model;
        fileName.textProperty().bind(javafx.beans.binding.Bindings.when(model.fileNameProperty().isEmpty())
                .then(messages.get("importWindow.noFile")).otherwise(model.fileNameProperty()));
        status.textProperty().bind(model.statusProperty());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        cancelButton.visibleProperty().bind(model.busyProperty());
        chooseButton.disableProperty().bind(model.busyProperty());
        rejectedTable.setItems(model.rejected());
        duplicateTable.setItems(model.duplicates());
        allButton.textProperty().bind(model.importAllLabelProperty());
        allButton.disableProperty().bind(model.canImportAllProperty().not());
        validButton.disableProperty().bind(model.canImportValidProperty().not());
        undoButton.disableProperty().bind(model.canUndoProperty().not());
        model.activate();
    }

    @FXML
    private void choose() {
        dialogs.chooseFileToOpen(messages.get("importWindow.title"), List.of(new DialogService.FileFilter(
                "JSON, JSON Lines, CSV", List.of("*.json", "*.jsonl", "*.ndjson", "*.csv"))))
                .ifPresent(viewModel::choose);
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void importAll() {
        viewModel.importAll();
    }

    @FXML
    private void importValid() {
        viewModel.importValid();
    }

    @FXML
    private void undo() {
        viewModel.undoLast();
    }

    @Override
    public void dispose() {
        if (viewModel != null) {
            viewModel.cancel();
        }
        rejectedTable.setItems(null);
        duplicateTable.setItems(null);
    }
}
