package org.amparo.backup.ui;

import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;

/** Settings → Backups: bindings to {@link BackupsViewModel}. */
public final class BackupsView {

    private final BackupsViewModel viewModel;

    @FXML private ListView<BackupsViewModel.Row> list;
    @FXML private Button backUpNow;
    @FXML private Button restore;
    @FXML private ProgressIndicator working;
    @FXML private Label status;

    @Inject
    public BackupsView(BackupsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.rows());
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BackupsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.created() + " · " + row.reason() + " · " + row.size());
            }
        });
        viewModel.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());
        backUpNow.disableProperty().bind(viewModel.busyProperty());
        restore.disableProperty().bind(viewModel.busyProperty()
                .or(list.getSelectionModel().selectedItemProperty().isNull()));
        working.visibleProperty().bind(viewModel.busyProperty());
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.refresh();
    }

    @FXML
    private void backUpNow() {
        viewModel.backUpNow();
    }

    @FXML
    private void restore() {
        viewModel.restoreSelected();
    }
}
