package org.amparo.cases.ui;

import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.amparo.platform.fx.Disposable;

/**
 * The banner under the top bar: "The policy in force changed (… → …): re-screen N open cases" with a button, then
 * the re-screen's progress with Cancel, then its result with "View changes". The shell includes it and tells it how
 * to show the impact.
 */
public final class RescreenBannerView implements Disposable {

    private final RescreenViewModel viewModel;

    @FXML private HBox banner;
    @FXML private Label message;
    @FXML private ProgressBar progress;
    @FXML private Button rescreen;
    @FXML private Button cancel;
    @FXML private Hyperlink viewImpact;
    @FXML private Button dismiss;

    @Inject
    public RescreenBannerView(RescreenViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        banner.visibleProperty().bind(viewModel.bannerVisibleProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        message.textProperty().bind(viewModel.messageProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        viewModel.runningProperty().addListener((obs, was, running) -> update());
        viewModel.lastResultProperty().addListener((obs, old, now) -> update());
        update();
    }

    private void update() {
        boolean running = viewModel.runningProperty().get();
        boolean hasResult = viewModel.lastResultProperty().get() != null;
        show(progress, running);
        show(cancel, running);
        show(rescreen, !running && !hasResult);
        show(viewImpact, !running && hasResult);
        show(dismiss, !running);
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** Starts the check for a change of policy, and says what "View changes" does. */
    public void start(Runnable showImpact) {
        viewModel.setOnShowImpact(showImpact);
        viewModel.checkPolicy();
    }

    @FXML
    private void rescreen() {
        viewModel.start();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void viewImpact() {
        viewModel.showImpact();
    }

    @FXML
    private void dismiss() {
        viewModel.dismiss();
    }

    /** Forgets the re-screen state with the window (no case numbers stay in memory after a lock). */
    @Override
    public void dispose() {
        viewModel.clear();
    }
}
