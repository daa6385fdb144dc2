package org.amparo.cases.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import org.amparo.testing.FxWait;
import org.testfx.api.FxRobot;

/** Answers fact editors (shared by the intake and case view page objects), found by their path. */
class FactPage {

    protected final FxRobot robot;

    FactPage(FxRobot robot) {
        this.robot = robot;
    }

    static String id(String path) {
        return "#" + FactEditors.idFor(path);
    }

    /** Scrolls the nearest scroll pane so that {@code node} is in view (as a person would before clicking). */
    void scrollTo(Node node) {
        robot.interact(() -> {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof javafx.scene.control.ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                javafx.geometry.Bounds inContent = scroll.getContent().sceneToLocal(
                        node.localToScene(node.getBoundsInLocal()));
                double free = scroll.getContent().getBoundsInLocal().getHeight()
                        - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(free <= 0 ? 0 : Math.min(1, Math.max(0, inContent.getMinY() / free)));
            }
        });
    }

    boolean shows(String path) {
        return robot.lookup(id(path)).tryQuery().map(Node::isVisible).orElse(false);
    }

    void type(String path, String text) {
        FxWait.until(path, () -> shows(path));
        TextField field = robot.lookup(id(path)).queryAs(TextField.class);
        scrollTo(field);
        robot.clickOn(field).eraseText(field.getText().length()).write(text);
    }

    /** Opens a choice and picks the option with this label from its pop-up. */
    void choose(String path, String label) {
        FxWait.until(path, () -> shows(path));
        scrollTo(robot.lookup(id(path)).query());
        robot.clickOn(id(path));
        FxWait.until("option " + label, () -> robot.lookup(".list-cell").match(cell -> label.equals(
                ((Labeled) cell).getText())).tryQuery().isPresent());
        robot.clickOn((Node) robot.lookup(".list-cell").match(cell -> label.equals(((Labeled) cell).getText()))
                .query());
    }

    String shownChoice(String path) {
        return String.valueOf(robot.lookup(id(path)).queryAs(ComboBox.class).getValue());
    }

    void add(String listPath) {
        scrollTo(robot.lookup(id(listPath) + "_add").query());
        robot.clickOn(id(listPath) + "_add");
    }
}
