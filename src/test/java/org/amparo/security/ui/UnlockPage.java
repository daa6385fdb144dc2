package org.amparo.security.ui;

import javafx.scene.Node;
import org.amparo.testing.FxWait;
import org.testfx.api.FxRobot;

/** Page object for the unlock screen. */
public final class UnlockPage {

    private final FxRobot robot;

    public UnlockPage(FxRobot robot) {
        this.robot = robot;
        FxWait.until("unlock screen", () -> robot.lookup("#unlockButton").tryQuery().map(Node::isVisible)
                .orElse(false));
    }

    public void unlock(String user, String password) {
        robot.clickOn("#userName").write(user);
        robot.clickOn("#password").write(password);
        robot.clickOn("#unlockButton");
    }

    /** Switches to the recovery code, types it (lower case, spaced) and unlocks. */
    public void unlockWithRecoveryCode(String code) {
        robot.clickOn("#useRecovery");
        FxWait.until("recovery code field", () -> robot.lookup("#recoveryCode").tryQuery().map(Node::isVisible)
                .orElse(false));
        robot.clickOn("#recoveryCode").write(code.toLowerCase().replace("\n", " "));
        robot.clickOn("#unlockButton");
    }
}
