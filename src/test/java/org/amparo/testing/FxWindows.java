package org.amparo.testing;

import java.util.ArrayList;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * TestFX shares one JavaFX toolkit between test classes: a window an earlier test left open (a case window, a
 * dialog) can lie over the node a robot clicks. Workflow tests close every window but their own stage first.
 */
public final class FxWindows {

    private FxWindows() {
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
