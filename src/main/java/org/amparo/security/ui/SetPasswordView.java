package org.amparo.security.ui;

import jakarta.inject.Inject;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** "Set a new password" after a recovery-code unlock: bindings to {@link SetPasswordViewModel}, one-line delegations. */
public final class SetPasswordView {

    private final SetPasswordViewModel viewModel;

    @FXML private Label error;
    @FXML private TextField userName;
    @FXML private PasswordField password;
    @FXML private PasswordField passwordConfirm;
    @FXML private ProgressBar strength;
    @FXML private Label strengthHint;
    @FXML private ProgressIndicator busy;
    @FXML private Button saveButton;

    @Inject
    public SetPasswordView(SetPasswordViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        userName.textProperty().bindBidirectional(viewModel.userNameProperty());
        NewPasswordFields.bind(viewModel.passwordForm(), password, passwordConfirm, strength, strengthHint);
        busy.visibleProperty().bind(viewModel.busyProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty());
        Platform.runLater(userName::requestFocus);
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void lock() {
        viewModel.lock();
    }
}
