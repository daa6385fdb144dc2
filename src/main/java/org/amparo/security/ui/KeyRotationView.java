package org.amparo.security.ui;

import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** Settings → Security → "Rotate database key…": bindings to {@link KeyRotationViewModel}. */
public final class KeyRotationView {

    private final KeyRotationViewModel viewModel;

    @FXML private Button rotateKey;
    @FXML private Label adminOnly;
    @FXML private ProgressIndicator rotating;
    @FXML private Label rotateStatus;

    @Inject
    public KeyRotationView(KeyRotationViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        rotateKey.disableProperty().bind(viewModel.allowedProperty().not().or(viewModel.busyProperty()));
        adminOnly.visibleProperty().bind(viewModel.allowedProperty().not());
        adminOnly.managedProperty().bind(adminOnly.visibleProperty());
        rotating.visibleProperty().bind(viewModel.busyProperty());
        rotateStatus.textProperty().bind(viewModel.statusProperty());
        viewModel.refresh();
    }

    @FXML
    private void rotateKey() {
        viewModel.rotate();
    }
}
