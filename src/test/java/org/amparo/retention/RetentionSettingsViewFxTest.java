package org.amparo.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.FxTaskRunner;
import org.amparo.testing.FxWait;
import org.amparo.retention.ui.DuePurge;
import org.amparo.retention.ui.PurgeCaseViewModel;
import org.amparo.retention.ui.RetentionSettingsView;
import org.amparo.retention.ui.RetentionSettingsViewModel;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.testing.FakeDialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.amparo.testing.FxWindows;

/** The Settings → Retention view loads from its FXML and, for an advocate, offers nothing enabled. */
@ExtendWith(ApplicationExtension.class)
class RetentionSettingsViewFxTest {

    private final PurgeFixture f = new PurgeFixture();
    private final RetentionService service = f.service(TestSecurity.asUser(f.db, "pat.advocate", "main",
            Role.ADVOCATE));

    @Start
    void start(Stage stage) throws Exception {
        FxWindows.closeAllBut(stage);
        Messages messages = new Messages(Locale.ENGLISH);
        FxTaskRunner tasks = new FxTaskRunner();
        RetentionSettingsViewModel model = new RetentionSettingsViewModel(service, tasks,
                new DuePurge(service, tasks, new FakeDialogService(), messages),
                new PurgeCaseViewModel(service, tasks, new FakeDialogService(), messages), messages);
        FXMLLoader loader = new FXMLLoader(RetentionSettingsView.class.getResource("RetentionSettingsView.fxml"),
                messages.bundle());
        loader.setControllerFactory(type -> new RetentionSettingsView(model));
        Parent root = loader.load();
        stage.setScene(new Scene(root, 800, 600));
        stage.show();
    }

    @Test
    void anAdvocateSeesTheRulesAndPurgeDisabledWithTheReason(FxRobot robot) {
        FxWait.until("the rules loaded", () -> robot.lookup(".label").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Label) n).getText() != null
                        && ((javafx.scene.control.Label) n).getText().startsWith("Only administrators")));
        assertThat(robot.lookup("#purgeDue").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#editor").queryAs(VBox.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#programs").queryAs(ListView.class).getItems()).isEmpty();
        assertThat(robot.lookup("Only administrators change retention rules, and only administrators and attorneys "
                + "purge cases.").tryQuery()).isPresent();
    }
}
