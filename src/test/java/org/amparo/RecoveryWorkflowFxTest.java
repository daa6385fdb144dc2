package org.amparo;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.amparo.clients.ui.ClientListPage;
import org.amparo.security.ui.FirstRunPage;
import org.amparo.security.ui.SetPasswordPage;
import org.amparo.security.ui.UnlockPage;
import org.amparo.testing.FxWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.amparo.testing.FxApp;

/**
 * A forgotten password, end to end on the real vault in a temporary folder: create the vault, lock, open it with the
 * recovery code, lock from the "set a new password" step, open with the code again, set a password for a new name,
 * see that the recovery session opens no client data, lock, and sign in normally with that name and password.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryWorkflowFxTest {

    private static final String ADMIN_PASSWORD = "violet tractor harbour moonlight";
    private static final String NEW_USER = "Lucia Prueba";
    private static final String NEW_PASSWORD = "copper lantern meadow biscuit";

    @Start
    void start(Stage stage) throws Exception {
        FxApp.prepare(stage, false).launch();
    }

    @Test
    void afterTheRecoveryCodeANewPasswordIsSetAndSignsInNormally(FxRobot robot) {
        FirstRunPage firstRun = new FirstRunPage(robot).createVault("Admin Prueba", ADMIN_PASSWORD);
        String code = firstRun.recoveryCode();
        firstRun.confirmRecoveryCode(code);
        lockFromTheMainWindow(robot);

        new UnlockPage(robot).unlockWithRecoveryCode(code);
        SetPasswordPage setPassword = new SetPasswordPage(robot);
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("You opened the vault with the recovery code. Set a password so you can sign in "
                        + "normally next time.");
        setPassword.lock();

        new UnlockPage(robot).unlockWithRecoveryCode(code);
        setPassword = new SetPasswordPage(robot);
        setPassword.setPassword(NEW_USER, NEW_PASSWORD);
        FxWait.until("the recovery session's notice", () -> robot.lookup(".label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().startsWith("The recovery code sets passwords")));
        robot.clickOn("#lockButton");

        new UnlockPage(robot).unlock(NEW_USER, NEW_PASSWORD);
        new ClientListPage(robot);
    }

    private static void lockFromTheMainWindow(FxRobot robot) {
        new ClientListPage(robot).focus();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
    }
}
