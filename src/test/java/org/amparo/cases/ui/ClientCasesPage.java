package org.amparo.cases.ui;

import org.amparo.testing.FxWait;
import org.testfx.api.FxRobot;

/** Page object for the window listing one client's cases. */
public final class ClientCasesPage {

    private final FxRobot robot;

    public ClientCasesPage(FxRobot robot) {
        this.robot = robot;
        FxWait.until("her cases", () -> robot.lookup("#startIntake").tryQuery().isPresent());
    }

    public IntakePage startIntake() {
        robot.clickOn("#startIntake");
        return new IntakePage(robot);
    }
}
