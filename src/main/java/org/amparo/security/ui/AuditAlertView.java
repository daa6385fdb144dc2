package org.amparo.security.ui;

import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The audit-log warning banner (included in the main window): bindings to {@link AuditAlertViewModel}. */
public final class AuditAlertView {

    private final AuditAlertViewModel viewModel;

    @FXML private Label auditBanner;

    @Inject
    public AuditAlertView(AuditAlertViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        auditBanner.textProperty().bind(viewModel.textProperty());
        auditBanner.visibleProperty().bind(viewModel.showingProperty());
        auditBanner.managedProperty().bind(auditBanner.visibleProperty());
        viewModel.activate();
    }
}
