package org.amparo.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.amparo.clients.Client;
import org.amparo.clients.ui.ClientListPage;
import org.amparo.facts.Person;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.BreakGlass;
import org.amparo.security.DataKind;
import org.amparo.security.ui.UnlockPage;
import org.amparo.testing.AdministratorOnlyAccess;
import org.amparo.testing.FxWait;
import org.amparo.testing.InMemoryClientService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.amparo.testing.FxApp;

/**
 * An administrator (no client-data role) on the real main window with in-memory clients: the Clients page shows the
 * break-glass notice; with a reason the client list opens under a countdown banner; "End now" withdraws it at once.
 */
@ExtendWith(ApplicationExtension.class)
class BreakGlassFxTest {

    private static final String USER = "adela";
    private static final String PASSWORD = "correct horse battery";

    private AdministratorOnlyAccess access;

    @Start
    void start(Stage stage) throws Exception {
        FxApp app = FxApp.prepare(stage, true, binder -> {
            binder.bind(AccessControl.class).to(AdministratorOnlyAccess.class);
            binder.bind(BreakGlass.class).to(AdministratorOnlyAccess.class);
        }).withFakeVault(USER, PASSWORD);
        access = app.injector().getInstance(AdministratorOnlyAccess.class);
        app.injector().getInstance(InMemoryClientService.class).save(Client.newClient(new Person("Marta", "Zafiro-Prueba",
                null, List.of(), null, null, List.of(), List.of(), null, List.of(), List.of(), null, null)));
        app.launch();
    }

    @Test
    void anAdministratorBreaksTheGlassWithAReasonAndEndNowWithdrawsAccess(FxRobot robot) {
        new UnlockPage(robot).unlock(USER, PASSWORD);
        FxWait.until("break-glass notice", () -> visible(robot, "#breakGlass"));
        assertThat(robot.lookup("#gateMessage").queryAs(Label.class).getText())
                .isEqualTo("Administrators read client data only through break-glass");
        assertThat(robot.lookup("#search").tryQuery()).isEmpty();

        robot.clickOn("#breakGlass");
        FxWait.until("dialog", () -> visible(robot, "#breakGlassReason"));
        robot.clickOn("#breakGlassStart");
        assertThat(robot.lookup("#breakGlassError").queryAs(Label.class).getText()).contains("at least 10");
        assertThat(access.can(Action.READ, DataKind.CLIENT_IDENTITY)).isFalse();
        robot.clickOn("#breakGlassReason").write("Client in danger, her attorney is away");
        robot.clickOn("#breakGlassStart");

        FxWait.until("banner", () -> robot.lookup("#endNow").query().getParent().isVisible());
        assertThat(robot.lookup("#breakGlassMessage").queryAs(Label.class).getText())
                .matches("Break-glass active — every read is recorded — ends in (30:00|29:5\\d)");
        new ClientListPage(robot).search("marta").waitForNames(List.of("Zafiro-Prueba, Marta"));
        assertThat(access.can(Action.READ, DataKind.CLIENT_IDENTITY)).isTrue();

        robot.clickOn("#endNow");

        FxWait.until("notice again", () -> visible(robot, "#breakGlass"));
        assertThat(robot.lookup("#search").tryQuery()).isEmpty();
        assertThat(robot.lookup("#endNow").query().getParent().isVisible()).as("banner shown").isFalse();
        FxWait.until("access withdrawn", () -> !access.can(Action.READ, DataKind.CLIENT_IDENTITY));
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
