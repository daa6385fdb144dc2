package org.amparo.security.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The banner under the top bar while an administrator's break-glass lasts: "Break-glass active — every read is
 * recorded — ends in mm:ss" and "End now". The shell includes it and hands it the window's
 * {@link BreakGlassViewModel}.
 */
public final class BreakGlassBannerView {

    @FXML private HBox banner;
    @FXML private Label breakGlassMessage;
    @FXML private Button endNow;
    private BreakGlassViewModel viewModel;

    @FXML
    private void initialize() {
        banner.setVisible(false);
        banner.managedProperty().bind(banner.visibleProperty());
    }

    /** Follows {@code model}: shown while break-glass is active. */
    public void start(BreakGlassViewModel model) {
        this.viewModel = model;
        banner.visibleProperty().bind(model.activeProperty());
        breakGlassMessage.textProperty().bind(model.bannerTextProperty());
    }

    /** Stops following the view model (the main window is closing). */
    public void dispose() {
        banner.visibleProperty().unbind();
        breakGlassMessage.textProperty().unbind();
        banner.setVisible(false);
    }

    @FXML
    private void endNow() {
        if (viewModel != null) {
            viewModel.endNow();
        }
    }
}
