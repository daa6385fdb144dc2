package org.amparo.cases.ui;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.amparo.cases.CaseInfo;

/** One client's cases: Enter or double-click opens one; "Start intake" makes a new case. */
public final class ClientCasesView {

    private ClientCasesViewModel model;

    @FXML private Label heading;
    @FXML private ListView<CaseInfo> list;
    @FXML private Label status;
    @FXML private Button openButton;
    @FXML private Button startIntake;

    /** Connects the loaded view to its ViewModel (the window opener calls this once). */
    public void bind(ClientCasesViewModel viewModel) {
        this.model = viewModel;
        heading.textProperty().bind(viewModel.headingProperty());
        status.textProperty().bind(viewModel.statusProperty());
        list.setItems(viewModel.cases());
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CaseInfo info, boolean empty) {
                super.updateItem(info, empty);
                setText(empty || info == null ? null : model.describe(info));
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                open();
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                open();
                event.consume();
            }
        });
        openButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Platform.runLater(startIntake::requestFocus);
    }

    @FXML
    private void open() {
        model.open(list.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void startIntake() {
        model.startIntake();
    }
}
