package org.amparo.testing;

import java.util.ArrayList;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * TestFX shares one JavaFX toolkit between test classes: a window an earlier test left open (a case window, a
 * dialog) can lie over the node a robot clicks. Workflow tests close every window but their own stage first.
 */
public final class FxWindows {

    private FxWindows() {
    }

    /**
     * Places {@code stage} over the whole (headless) screen: the primary stage is reused by every TestFX class and
     * keeps the size an earlier test's scene gave it, which can leave buttons of a taller page outside the window.
     * Returns the bounds it had.
     */
    public static Rectangle2D fillScreen(Stage stage) {
        Rectangle2D before = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        place(stage, Screen.getPrimary().getVisualBounds());
        return before;
    }

    /** Puts {@code stage} back where {@link #fillScreen} found it, so later test classes see what they expect. */
    public static void place(Stage stage, Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /** Closes every showing window except {@code keep} (call on the FX thread, e.g. from {@code @Start}). */
    public static void closeAllBut(Stage keep) {
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window != keep) {
                window.hide();
            }
        }
    }
}
