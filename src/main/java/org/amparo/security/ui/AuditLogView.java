package org.amparo.security.ui;

import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/** The audit log page (included in Settings; hidden for users who may not read the log). */
public final class AuditLogView {

    private final AuditLogViewModel viewModel;

    @FXML private Node root;
    @FXML private Label status;
    @FXML private ListView<String> entries;
    @FXML private Button verifyButton;

    @Inject
    public AuditLogView(AuditLogViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        root.setVisible(viewModel.isVisible());
        root.setManaged(viewModel.isVisible());
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.tamperedProperty().addListener((obs, old, now) -> {
            status.getStyleClass().remove("amp-error");
            if (now) {
                status.getStyleClass().add("amp-error");
            }
        });
        entries.setItems(viewModel.entries());
        verifyButton.disableProperty().bind(viewModel.busyProperty());
        viewModel.load();
    }

    @FXML
    private void verifyNow() {
        viewModel.verifyNow();
    }
}
