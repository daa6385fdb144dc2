package org.amparo.clients.ui;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.amparo.clients.ClientSummary;
import org.amparo.testing.FxWait;
import org.testfx.api.FxRobot;

/** Page object for the client list. */
public final class ClientListPage {

    private final FxRobot robot;

    public ClientListPage(FxRobot robot) {
        this.robot = robot;
        FxWait.until("client list", () -> robot.lookup("#search").tryQuery().isPresent());
    }

    public ClientFormPage newClient() {
        robot.clickOn("#newClient");
        return new ClientFormPage(robot);
    }

    public ClientListPage search(String text) {
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.clickOn(search).eraseText(search.getText().length()).write(text);
        return this;
    }

    @SuppressWarnings("unchecked")
    public List<String> namesShown() {
        TableView<ClientSummary> table = robot.lookup("#table").queryAs(TableView.class);
        return table.getItems().stream().map(ClientSummary::displayName).toList();
    }

    public ClientListPage waitForNames(List<String> expected) {
        FxWait.until("names " + expected, () -> namesShown().equals(expected));
        return this;
    }

    public void focus() {
        robot.clickOn("#search");
    }
}
