package org.amparo.security.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.amparo.testing.FxWait;
import org.testfx.api.FxRobot;

/** Page object for the "set a new password" step after a recovery-code unlock. */
public final class SetPasswordPage {

    private final FxRobot robot;

    public SetPasswordPage(FxRobot robot) {
        this.robot = robot;
        FxWait.until("set-password step", () -> robot.lookup("#saveButton").tryQuery().map(Node::isVisible)
                .orElse(false));
    }

    /** Types the name and the password twice and saves. */
    public void setPassword(String user, String password) {
        robot.clickOn("#userName").write(user);
        robot.clickOn("#password").write(password);
        robot.clickOn("#passwordConfirm").write(password);
        robot.clickOn("#saveButton");
    }

    /** Locks from this step with its Lock button. */
    public void lock() {
        robot.clickOn("#lockButton");
    }

    /** The error line ("" when there is none). */
    public String error() {
        return robot.lookup("#error").queryAs(Label.class).getText();
    }
}
