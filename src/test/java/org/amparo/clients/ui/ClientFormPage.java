package org.amparo.clients.ui;

import javafx.scene.Node;
import org.amparo.testing.FxWait;
import org.testfx.api.FxRobot;

/** Page object for the client form window. */
public final class ClientFormPage {

    private final FxRobot robot;

    public ClientFormPage(FxRobot robot) {
        this.robot = robot;
        FxWait.until("client form", () -> robot.lookup("#givenName").tryQuery().map(Node::isVisible).orElse(false));
    }

    public ClientFormPage names(String given, String family) {
        robot.clickOn("#givenName").write(given);
        robot.clickOn("#familyName").write(family);
        return this;
    }

    public ClientFormPage alias(String alias) {
        robot.clickOn("#aliasInput").write(alias);
        robot.clickOn("#addAlias");
        return this;
    }

    public ClientFormPage aNumber(String value) {
        robot.clickOn("#aNumber").write(value);
        return this;
    }

    public void save() {
        robot.clickOn("#saveButton");
        FxWait.until("form closed", () -> robot.lookup("#givenName").tryQuery().isEmpty());
    }
}
