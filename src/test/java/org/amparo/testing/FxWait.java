package org.amparo.testing;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for the UI in TestFX tests. */
public final class FxWait {

    private FxWait() {
    }

    /**
     * Waits up to 20 s (Argon2id and the first queries are slow on a busy 2-core machine) for {@code condition}.
     * The condition runs on the test thread (it may ask a service, which the FX thread may not), so a lookup can race
     * the FX thread changing the scene (a window closing, tabs being replaced): an exception counts as "not yet", and
     * the last one is kept as the cause if the wait times out. On a timeout the failure also names the windows showing
     * and the error messages and dialogs in them, so a CI log says what the advocate would have seen.
     */
    public static void until(String what, BooleanSupplier condition) {
        RuntimeException[] last = new RuntimeException[1];
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> holds(condition, last));
        } catch (TimeoutException e) {
            AssertionError failure = new AssertionError("Timed out waiting for: " + what + "; on screen: "
                    + onScreen(), last[0] != null ? last[0] : e);
            throw failure;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean holds(BooleanSupplier condition, RuntimeException[] last) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException e) {
            last[0] = e;
            return false;
        }
    }

    private static String onScreen() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                    .map(FxWait::describe).collect(Collectors.joining("; "))).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "(the windows could not be listed: " + e + ")";
        }
    }

    private static String describe(Window window) {
        String name = window instanceof Stage stage ? "'" + stage.getTitle() + "'" : window.getClass().getSimpleName();
        String where = String.format(" %.0fx%.0f at %.0f,%.0f", window.getWidth(), window.getHeight(), window.getX(),
                window.getY());
        if (window.getScene() == null) {
            return name + where;
        }
        String messages = window.getScene().getRoot().lookupAll(".amp-error, .amp-field-error, .dialog-pane")
                .stream().filter(Node::isVisible).map(FxWait::text).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining(" | "));
        return name + where + " " + window.getScene().getRoot().getClass().getSimpleName()
                + (messages.isEmpty() ? "" : " showing: " + messages);
    }

    private static String text(Node node) {
        if (node instanceof DialogPane pane) {
            return Objects.toString(pane.getHeaderText(), "") + " " + Objects.toString(pane.getContentText(), "");
        }
        return node instanceof Labeled labeled ? labeled.getText() : null;
    }
}
