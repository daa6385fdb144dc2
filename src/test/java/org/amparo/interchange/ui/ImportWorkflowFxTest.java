package org.amparo.interchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.amparo.cases.DefaultCaseService;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.interchange.DefaultImportService;
import org.amparo.interchange.FakeBackups;
import org.amparo.interchange.data.ImportBatchRepository;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.FxTaskRunner;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.amparo.testing.FxWindows;

/**
 * The import window with a file that has errors: the person reads each rejected row (row, field, reason), imports
 * only the valid rows and reads the result. The file comes in as the file chooser would hand it over.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWorkflowFxTest {

    private ImportViewModel model;
    private DefaultClientService clients;

    @Start
    void start(Stage stage) throws Exception {
        FxWindows.closeAllBut(stage);
        Database db = TestDatabases.freshInMemory();
        var clock = ImportViewModelTest.CLOCK;
        clients = new DefaultClientService(new ClientRepository(db), () -> "advocate1", clock,
                org.amparo.security.TestSecurity.permitAll("test", org.amparo.security.Role.ATTORNEY, "main"));
        var access = TestSecurity.permitAll("advocate1", Role.ADVOCATE, "main");
        var audit = new TestSecurity.RecordingAuditLog();
        var imports = new DefaultImportService(new DefaultCaseService(db, clients, access, audit, clock), clients,
                new FakeBackups(), new ImportBatchRepository(db), db, access, audit, clock);
        Messages messages = new Messages(Locale.ENGLISH);
        model = new ImportViewModel(imports, new FxTaskRunner(), messages);
        FXMLLoader loader = new FXMLLoader(ImportView.class.getResource("ImportView.fxml"), messages.bundle());
        loader.setControllerFactory(type -> new ImportView(messages, new org.amparo.testing.FakeDialogService()));
        Parent root = loader.load();
        ((ImportView) loader.getController()).bind(model);
        stage.setScene(new Scene(root, 900, 680));
        stage.show();
    }

    @Test
    void importAFileWithErrorsAndReadTheReport(FxRobot robot) throws Exception {
        Path file = Files.createTempFile("amparo-import", ".csv");
        Files.writeString(file, "ref,given_name,family_name,dob\n"
                + "r1,Ana,Ejemplo,1990-01-01\n"
                + "r2,Eva,Prueba,2025-02-30\n"
                + "r3,Luz,Demo-Uno,1985-05-05\n");

        WaitForAsyncUtils.asyncFx(() -> model.choose(file));
        waitUntilIdle();

        TableView<?> rejected = robot.lookup("#rejectedTable").queryAs(TableView.class);
        assertThat(rejected.getItems()).hasSize(1);
        assertThat(robot.lookup("2").tryQuery()).isPresent();
        assertThat(robot.lookup("dob").tryQuery()).isPresent();
        assertThat(robot.lookup("must be a real date written YYYY-MM-DD (found \"2025-02-30\")").tryQuery())
                .isPresent();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("3 rows read: 2 can be imported, 1 rejected, 0 likely duplicates.");
        assertThat(robot.lookup("#allButton").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#validButton");
        waitUntilIdle();

        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .matches("Imported 2 clients as import \\d+\\.");
        assertThat(clients.count()).isEqualTo(2);
        assertThat(robot.lookup("#undoButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
