package org.amparo.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.stage.Stage;
import org.amparo.cases.AdverseParty;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.clients.ui.ClientListPage;
import org.amparo.facts.Person;
import org.amparo.platform.dialog.DialogService;
import org.amparo.security.ui.FirstRunPage;
import org.amparo.testing.FakeDialogService;
import org.amparo.testing.FxWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.amparo.testing.FxApp;

/**
 * The conflict warning before a new client is saved, on the real services (encrypted vault, the case store's
 * conflict search over clients and adverse parties); {@link ConflictWarningFxTest} is its twin on the in-memory ones.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictWarningStoreFxTest {

    private static final String PASSWORD = "violet tractor harbour moonlight";
    private final FakeDialogService dialogs = new FakeDialogService();
    private Injector injector;

    @Start
    void start(Stage stage) throws Exception {
        injector = FxApp.prepare(stage, false, binder -> binder.bind(DialogService.class).toInstance(dialogs))
                .launch();
    }

    @Test
    void someoneElsesAbuserEnteredAsANewClientShowsTheWarningAndNothingIsSaved(FxRobot robot) throws Exception {
        FirstRunPage firstRun = new FirstRunPage(robot).createVault("Rosa Prueba", PASSWORD);
        firstRun.confirmRecoveryCode(firstRun.recoveryCode());
        ClientListPage list = new ClientListPage(robot);
        ClientService clients = injector.getInstance(ClientService.class);
        CaseService cases = injector.getInstance(CaseService.class);
        long marta = clients.save(Client.newClient(new Person("Marta", "Ejemplo", null, List.of(), null, null,
                List.of(), List.of(), null, List.of(), List.of(), null, null))).id();
        long caseId = cases.openCase(new CaseInfo(null, marta, "2026-0007", Set.of(), CaseStatus.OPEN, "rosa",
                null, "main", LocalDate.of(2026, 1, 5), null, 0)).id();
        cases.saveAdverseParty(new AdverseParty(null, caseId, AdverseParty.Role.ABUSER, "Jorge", "Demo-Prueba",
                List.of("El Demo"), null, "former husband", 0));

        dialogs.answerConfirmationsWith(false);
        list.newClient().names("Jorge", "Demo-Prueba");
        robot.clickOn("#saveButton");
        FxWait.until("conflict warning", () -> !dialogs.confirmations.isEmpty());

        assertThat(dialogs.confirmations).containsExactly("This person may already be known");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#givenName").tryQuery()).as("the form stays open").isPresent();
        assertThat(clients.search("Demo-Prueba", 5)).isEmpty();
    }
}
