package org.amparo.security.ui;

import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The audit-log warning banner (included in the main window): bindings to {@link AuditAlertViewModel}. */
public final class AuditAlertView {

    private final AuditAlertViewModel viewModel;

    @FXML private Label banner;

    @Inject
    public AuditAlertView(AuditAlertViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        banner.textProperty().bind(viewModel.textProperty());
        banner.visibleProperty().bind(viewModel.showingProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        viewModel.activate();
    }
}
