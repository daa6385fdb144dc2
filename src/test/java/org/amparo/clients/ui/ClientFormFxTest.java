package org.amparo.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.amparo.platform.dialog.DialogService;
import org.amparo.security.ui.UnlockPage;
import org.amparo.testing.FakeDialogService;
import org.amparo.testing.FxWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.amparo.testing.FxApp;

/** The client form window asks before throwing away unsaved changes, from Cancel and from closing the window. */
@ExtendWith(ApplicationExtension.class)
class ClientFormFxTest {

    private final FakeDialogService dialogs = new FakeDialogService();

    @Start
    void start(Stage stage) throws Exception {
        FxApp.prepare(stage, true, binder -> binder.bind(DialogService.class).toInstance(dialogs))
                .withFakeVault("rosa", "correct horse battery").launch();
    }

    private ClientFormPage openNewClientWithAName(FxRobot robot) {
        new UnlockPage(robot).unlock("rosa", "correct horse battery");
        return new ClientListPage(robot).newClient().names("Marta", "Prueba");
    }

    private static boolean formOpen(FxRobot robot) {
        return robot.lookup("#givenName").tryQuery().isPresent();
    }

    @Test
    void cancelAsksAndKeepsTheFormWhenToldToKeepEditing(FxRobot robot) {
        openNewClientWithAName(robot);
        dialogs.answerConfirmationsWith(false);
        robot.clickOn("#cancelButton");
        assertThat(dialogs.confirmations).containsExactly("Discard your changes?");
        assertThat(formOpen(robot)).isTrue();
        dialogs.answerConfirmationsWith(true);
        robot.clickOn("#cancelButton");
        FxWait.until("form closed", () -> !formOpen(robot));
    }

    @Test
    void closingTheWindowWithUnsavedChangesAsksFirst(FxRobot robot) {
        openNewClientWithAName(robot);
        dialogs.answerConfirmationsWith(false);
        Window form = robot.window(window -> window.getScene() != null
                && window.getScene().lookup("#givenName") != null);
        WaitForAsyncUtils.asyncFx(() -> form.fireEvent(new WindowEvent(form, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(form.isShowing()).isTrue();
    }
}
