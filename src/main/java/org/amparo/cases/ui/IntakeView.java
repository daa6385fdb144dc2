package org.amparo.cases.ui;

import jakarta.inject.Inject;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.amparo.platform.fx.Navigation;

/**
 * The intake interview: the step's title and opening sentence, its questions in plain language, Back / Next (Enter)
 * and Finish on the last step; "Reload her stored facts" when someone changed them since the answers were based on
 * them. Usable with the keyboard alone: Tab moves through the questions, Alt+N / Alt+B / Alt+R.
 */
public final class IntakeView {

    private final Navigation navigation;
    private IntakeViewModel model;

    @FXML private Label heading;
    @FXML private Label stepProgress;
    @FXML private Label stepTitle;
    @FXML private Label stepIntro;
    @FXML private ScrollPane scroll;
    @FXML private Label message;
    @FXML private Label draftStatus;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button finishButton;
    @FXML private Button reloadButton;

    @Inject
    public IntakeView(Navigation navigation) {
        this.navigation = navigation;
    }

    /** Connects the loaded view to its ViewModel (the window opener calls this once). */
    public void bind(IntakeViewModel viewModel) {
        this.model = viewModel;
        heading.textProperty().bind(viewModel.headingProperty());
        stepProgress.textProperty().bind(viewModel.progressProperty());
        message.textProperty().bind(viewModel.messageProperty());
        draftStatus.textProperty().bind(viewModel.draftStatusProperty());
        backButton.disableProperty().bind(viewModel.firstProperty().or(viewModel.busyProperty()));
        nextButton.visibleProperty().bind(viewModel.lastProperty().not());
        nextButton.managedProperty().bind(nextButton.visibleProperty());
        nextButton.disableProperty().bind(viewModel.busyProperty());
        finishButton.visibleProperty().bind(viewModel.lastProperty());
        finishButton.managedProperty().bind(finishButton.visibleProperty());
        finishButton.disableProperty().bind(viewModel.busyProperty());
        finishButton.defaultButtonProperty().bind(viewModel.lastProperty());
        reloadButton.visibleProperty().bind(viewModel.staleProperty());
        reloadButton.managedProperty().bind(reloadButton.visibleProperty());
        reloadButton.disableProperty().bind(viewModel.busyProperty());
        viewModel.formProperty().addListener((obs, old, form) -> show(form));
    }

    private void show(FactForm form) {
        IntakeStep step = model.stepProperty().get();
        stepTitle.setText(model.messages().get(step.titleKey()));
        stepIntro.setText(model.messages().get(step.introKey()));
        Node content = new FactEditors(model.messages(), true).build(form);
        scroll.setContent(content);
        scroll.setVvalue(0);
        Platform.runLater(() -> firstFocusable(content).requestFocus());
    }

    private static Node firstFocusable(Node node) {
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found.isFocusTraversable()) {
                    return found;
                }
            }
        }
        return node;
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void reload() {
        model.reload();
    }

    @FXML
    private void finish() {
        model.finish();
    }

    @FXML
    private void lock() {
        navigation.lock();
    }
}
