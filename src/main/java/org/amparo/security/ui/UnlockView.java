package org.amparo.security.ui;

import jakarta.inject.Inject;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.amparo.platform.fx.Disposable;

/** Unlock screen: bindings to {@link UnlockViewModel} and one-line delegations. */
public final class UnlockView implements Disposable {

    private final UnlockViewModel viewModel;

    @FXML private Label error;
    @FXML private Label countdown;
    @FXML private Node passwordPane;
    @FXML private Node recoveryPane;
    @FXML private TextField userName;
    @FXML private PasswordField password;
    @FXML private TextField recoveryCode;
    @FXML private Hyperlink useRecovery;
    @FXML private Hyperlink usePassword;
    @FXML private ProgressIndicator busy;
    @FXML private Button unlockButton;

    @Inject
    public UnlockView(UnlockViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        error.textProperty().bind(viewModel.errorProperty());
        showWhenText(error);
        countdown.textProperty().bind(viewModel.countdownTextProperty());
        showWhenText(countdown);
        userName.textProperty().bindBidirectional(viewModel.userNameProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        recoveryCode.textProperty().bindBidirectional(viewModel.recoveryCodeProperty());
        show(passwordPane, true);
        show(useRecovery, true);
        show(recoveryPane, false);
        show(usePassword, false);
        busy.visibleProperty().bind(viewModel.busyProperty());
        unlockButton.disableProperty().bind(viewModel.canUnlockBinding().not());
        viewModel.recoveryModeProperty().addListener((obs, old, now) ->
                Platform.runLater(now ? recoveryCode::requestFocus : userName::requestFocus));
        viewModel.busyProperty().addListener((obs, old, now) -> {
            if (!now && !viewModel.recoveryModeProperty().get()) {
                Platform.runLater(password::requestFocus);
            }
        });
        Platform.runLater(userName::requestFocus);
    }

    private void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void show(Node node, boolean inPasswordMode) {
        node.visibleProperty().bind(inPasswordMode ? viewModel.recoveryModeProperty().not()
                : viewModel.recoveryModeProperty());
        node.managedProperty().bind(node.visibleProperty());
    }

    @FXML
    private void unlock() {
        viewModel.unlock();
    }

    @FXML
    private void useRecoveryCode() {
        viewModel.useRecoveryCode();
    }

    @FXML
    private void usePassword() {
        viewModel.usePassword();
    }

    @Override
    public void dispose() {
        viewModel.dispose();
    }
}
