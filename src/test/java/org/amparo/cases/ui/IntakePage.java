package org.amparo.cases.ui;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.amparo.testing.FxWait;
import org.testfx.api.FxRobot;

/** Page object for the intake interview window. */
public final class IntakePage extends FactPage {

    public IntakePage(FxRobot robot) {
        super(robot);
        FxWait.until("intake", () -> robot.lookup("#nextButton").tryQuery().isPresent()
                && !stepTitle().isEmpty());
    }

    public String stepTitle() {
        return robot.lookup("#stepTitle").queryAs(Label.class).getText();
    }

    public String progress() {
        return robot.lookup("#stepProgress").queryAs(Label.class).getText();
    }

    public IntakePage answer(String path, String text) {
        type(path, text);
        return this;
    }

    public IntakePage pick(String path, String label) {
        choose(path, label);
        return this;
    }

    public IntakePage addItem(String listPath) {
        add(listPath);
        return this;
    }

    /** Next with the keyboard: Enter (the default button) from the focused text field. */
    public IntakePage nextByEnter() {
        String before = progress();
        robot.type(KeyCode.ENTER);
        FxWait.until("next step after " + before, () -> !progress().equals(before));
        return this;
    }

    public IntakePage next() {
        String before = progress();
        robot.clickOn("#nextButton");
        FxWait.until("next step after " + before, () -> !progress().equals(before));
        return this;
    }

    public IntakePage nextUntilLast() {
        while (robot.lookup("#nextButton").queryButton().isVisible()) {
            next();
        }
        return this;
    }

    public CasePage finish() {
        robot.clickOn("#finishButton");
        return new CasePage(robot);
    }
}
