package org.amparo.cases.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.amparo.testing.FxWait;
import org.testfx.api.FxRobot;

/** Page object for the case view window. */
public final class CasePage extends FactPage {

    public CasePage(FxRobot robot) {
        super(robot);
        FxWait.until("case view", () -> robot.lookup("#sections").tryQuery().isPresent()
                && !robot.lookup("#sections").queryAs(TabPane.class).getTabs().isEmpty());
    }

    public String heading() {
        return robot.lookup(".amp-case-heading").queryAs(Label.class).getText();
    }

    public String selectedSection() {
        Tab tab = robot.lookup("#sections").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
        return tab.getText();
    }

    /** The "Go to the answer" button of a missing fact, if the screening panel shows one. */
    public java.util.Optional<Button> answerButton(String missingPath) {
        return robot.lookup(".amp-answer").match(node -> missingPath.equals(node.getUserData()))
                .tryQuery().map(Button.class::cast);
    }

    public CasePage waitForQuestion(String missingPath) {
        FxWait.until("question for " + missingPath, () -> answerButton(missingPath).map(Node::isVisible)
                .orElse(false));
        return this;
    }

    public CasePage goToAnswer(String missingPath) {
        Button button = answerButton(missingPath).orElseThrow();
        scrollTo(button);
        robot.clickOn(button);
        return this;
    }

    /** Whether the keyboard focus is on the editor of {@code path}. */
    public boolean focused(String path) {
        Node node = robot.lookup(id(path)).query();
        return node.getScene().getFocusOwner() == node;
    }

    public CasePage pick(String path, String label) {
        choose(path, label);
        return this;
    }

    /** Clicks the Save button of a section (its tab must be the one shown). */
    public CasePage save(org.amparo.cases.FactSection section) {
        Button save = (Button) robot.lookup(".amp-save-section").match(node -> section == node.getUserData()).query();
        scrollTo(save);
        robot.clickOn(save);
        return this;
    }

    /** Shows a section's tab. */
    public CasePage showSection(org.amparo.cases.FactSection section) {
        TabPane tabs = robot.lookup("#sections").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> section == t.getUserData()).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        return this;
    }

    /** In the Sources tab: picks the fact, picks the source from its pop-up by label, and clicks "Add source". */
    @SuppressWarnings("unchecked")
    public CasePage addSource(String path, String sourceLabel) {
        javafx.scene.control.ComboBox<SourcesForm.FactChoice> fact = robot.lookup("#sourceFact").queryAs(
                javafx.scene.control.ComboBox.class);
        robot.interact(() -> fact.getItems().stream().filter(c -> c.path().equals(path)).findFirst()
                .ifPresent(fact::setValue));
        robot.clickOn("#sourceKind");
        FxWait.until("option " + sourceLabel, () -> robot.lookup(".list-cell").match(cell -> sourceLabel.equals(
                ((javafx.scene.control.Labeled) cell).getText())).tryQuery().isPresent());
        robot.clickOn((Node) robot.lookup(".list-cell").match(cell -> sourceLabel.equals(
                ((javafx.scene.control.Labeled) cell).getText())).query());
        robot.clickOn("#addSource");
        return this;
    }

    /** The source the Sources tab shows for a fact, as its label; empty if none. */
    public String shownSource(String path) {
        return robot.lookup(".amp-source-choice").match(node -> path.equals(node.getUserData())).tryQuery()
                .map(node -> shownValue((javafx.scene.control.ComboBox<?>) node)).orElse("");
    }

    private static <T> String shownValue(javafx.scene.control.ComboBox<T> box) {
        return box.getValue() == null ? "" : box.getConverter().toString(box.getValue());
    }
}
