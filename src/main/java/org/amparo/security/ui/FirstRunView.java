package org.amparo.security.ui;

import jakarta.inject.Inject;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import org.amparo.platform.i18n.Messages;
import org.amparo.security.ui.FirstRunViewModel.Step;

/** First-run screen: bindings to {@link FirstRunViewModel} and one-line delegations. */
public final class FirstRunView {

    private final FirstRunViewModel viewModel;
    private final Messages messages;

    @FXML private Label error;
    @FXML private Node choosePane;
    @FXML private Node createPane;
    @FXML private Node codePane;
    @FXML private Node confirmPane;
    @FXML private Node demoPane;
    @FXML private Button createChoice;
    @FXML private TextField adminName;
    @FXML private PasswordField password;
    @FXML private PasswordField passwordConfirm;
    @FXML private ProgressBar strength;
    @FXML private Label strengthHint;
    @FXML private Button createButton;
    @FXML private Button createBack;
    @FXML private Button showAgain;
    @FXML private Label recoveryCode;
    @FXML private CheckBox writtenDown;
    @FXML private Button continueButton;
    @FXML private TextField typedBack;
    @FXML private Label matchHint;
    @FXML private Button finishButton;
    @FXML private Label demoCredentials;
    @FXML private ProgressBar demoProgress;
    @FXML private Button demoBack;
    @FXML private Button lockButton;

    @Inject
    public FirstRunView(FirstRunViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        showFor(choosePane, Step.CHOOSE);
        showFor(createPane, Step.CREATE);
        showFor(codePane, Step.RECOVERY_CODE);
        showFor(confirmPane, Step.CONFIRM_CODE);
        showFor(demoPane, Step.DEMO);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        adminName.textProperty().bindBidirectional(viewModel.adminNameProperty());
        NewPasswordFields.bind(viewModel.passwordForm(), password, passwordConfirm, strength, strengthHint);
        createButton.disableProperty().bind(viewModel.canCreateBinding().not());
        recoveryCode.textProperty().bind(viewModel.recoveryCodeTextProperty());
        writtenDown.selectedProperty().bindBidirectional(viewModel.writtenDownProperty());
        continueButton.disableProperty().bind(viewModel.writtenDownProperty().not());
        typedBack.textProperty().bindBidirectional(viewModel.typedBackProperty());
        finishButton.disableProperty().bind(viewModel.codeMatchesProperty().not());
        matchHint.textProperty().bind(Bindings.when(viewModel.codeMatchesProperty())
                .then(messages.get("firstRun.confirm.matches")).otherwise(messages.get("firstRun.confirm.notYet")));
        demoCredentials.setText(viewModel.demoCredentials());
        demoProgress.progressProperty().bind(viewModel.demoProgressProperty());
        demoBack.disableProperty().bind(viewModel.busyProperty());
        createChoice.defaultButtonProperty().bind(choosePane.visibleProperty());
        createButton.defaultButtonProperty().bind(createPane.visibleProperty());
        createBack.cancelButtonProperty().bind(createPane.visibleProperty());
        continueButton.defaultButtonProperty().bind(codePane.visibleProperty());
        finishButton.defaultButtonProperty().bind(confirmPane.visibleProperty());
        showAgain.cancelButtonProperty().bind(confirmPane.visibleProperty());
        demoBack.cancelButtonProperty().bind(demoPane.visibleProperty());
        lockButton.visibleProperty().bind(codePane.visibleProperty().or(confirmPane.visibleProperty()));
        viewModel.stepProperty().addListener((obs, old, now) -> focusFor(now));
        Platform.runLater(createChoice::requestFocus);
    }

    private void showFor(Node pane, Step step) {
        pane.visibleProperty().bind(viewModel.stepProperty().isEqualTo(step));
        pane.managedProperty().bind(pane.visibleProperty());
    }

    private void focusFor(Step step) {
        Node target = switch (step) {
            case CHOOSE -> createChoice;
            case CREATE -> adminName;
            case RECOVERY_CODE -> writtenDown;
            case CONFIRM_CODE -> typedBack;
            case DEMO -> demoBack;
        };
        Platform.runLater(target::requestFocus);
    }

    @FXML
    private void chooseCreate() {
        viewModel.chooseCreate();
    }

    @FXML
    private void exploreDemo() {
        viewModel.exploreDemo();
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void createVault() {
        viewModel.createVault();
    }

    @FXML
    private void confirmWrittenDown() {
        viewModel.confirmWrittenDown();
    }

    @FXML
    private void showCodeAgain() {
        viewModel.showCodeAgain();
    }

    @FXML
    private void lock() {
        viewModel.lock();
    }

    @FXML
    private void finish() {
        viewModel.finish();
    }
}
