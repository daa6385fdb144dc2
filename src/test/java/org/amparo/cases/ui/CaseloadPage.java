package org.amparo.cases.ui;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.amparo.cases.CaseRow;
import org.amparo.screening.rescreen.CaseRef;
import org.amparo.screening.rescreen.Transition;
import org.amparo.testing.FxWait;
import org.testfx.api.FxRobot;

/** Page object for the re-screen banner, the caseload and its policy-change impact tab. */
final class CaseloadPage {

    private final FxRobot robot;

    CaseloadPage(FxRobot robot) {
        this.robot = robot;
    }

    private boolean showing(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    String bannerText() {
        FxWait.until("re-screen banner", () -> showing("#banner") && !robot.lookup("#banner #message")
                .queryAs(Label.class).getText().isEmpty());
        return robot.lookup("#banner #message").queryAs(Label.class).getText();
    }

    CaseloadPage rescreenFromTheBanner() {
        robot.clickOn("#banner #rescreen");
        FxWait.until("re-screen finished", () -> showing("#viewImpact"));
        return this;
    }

    CaseloadPage viewChanges() {
        robot.clickOn("#viewImpact");
        FxWait.until("impact tab", () -> showing("#transitions"));
        return this;
    }

    @SuppressWarnings("unchecked")
    List<Transition> transitions() {
        return List.copyOf(robot.lookup("#transitions").queryAs(TableView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    List<String> casesOfTheSelectedTransition() {
        ListView<CaseRef> cases = robot.lookup("#cases").queryAs(ListView.class);
        return cases.getItems().stream().map(CaseRef::caseNumber).toList();
    }

    void openCase(String caseNumber) {
        robot.clickOn(robot.lookup("#cases .list-cell").lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?>
                cell && cell.getItem() instanceof CaseRef ref && ref.caseNumber().equals(caseNumber))
                .queryAs(Node.class));
        robot.clickOn("#open");
    }

    CaseloadPage showCases() {
        robot.clickOn(robot.lookup(".tab").lookup((Node n) -> n.lookup(".tab-label") instanceof javafx.scene.control.Label
                label && "Cases".equals(label.getText())).queryAs(Node.class));
        FxWait.until("caseload table", () -> showing("#table"));
        return this;
    }

    @SuppressWarnings("unchecked")
    List<CaseRow> loadedRows(int expected) {
        TableView<CaseRow> table = robot.lookup("#table").queryAs(TableView.class);
        FxWait.until(expected + " rows loaded", () -> table.getItems().size() == expected
                && table.getItems().stream().allMatch(Objects::nonNull));
        return List.copyOf(table.getItems());
    }
}
