package org.amparo.security.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.amparo.testing.FxWait;
import org.testfx.api.FxRobot;

/** Page object for the first-run screen. */
public final class FirstRunPage {

    private final FxRobot robot;

    public FirstRunPage(FxRobot robot) {
        this.robot = robot;
        FxWait.until("first-run screen", () -> visible("#createChoice"));
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    public FirstRunPage createVault(String admin, String password) {
        robot.clickOn("#createChoice");
        FxWait.until("create form", () -> visible("#adminName"));
        robot.clickOn("#adminName").write(admin);
        robot.clickOn("#password").write(password);
        robot.clickOn("#passwordConfirm").write(password);
        robot.clickOn("#createButton");
        FxWait.until("recovery code", () -> visible("#recoveryCode") && !recoveryCode().isBlank());
        return this;
    }

    public String recoveryCode() {
        return robot.lookup("#recoveryCode").queryAs(Label.class).getText();
    }

    /** Ticks "written down", continues, types the code back (lower case, spaced) and finishes. */
    public void confirmRecoveryCode(String code) {
        robot.clickOn("#writtenDown");
        robot.clickOn("#continueButton");
        FxWait.until("type-back field", () -> visible("#typedBack"));
        robot.clickOn("#typedBack").write(code.toLowerCase().replace("\n", " "));
        robot.clickOn("#finishButton");
    }
}
