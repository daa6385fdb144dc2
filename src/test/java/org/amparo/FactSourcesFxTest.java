package org.amparo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.stage.Stage;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.FactSection;
import org.amparo.cases.ui.CasePage;
import org.amparo.cases.ui.CaseWindows;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.facts.FactSource;
import org.amparo.facts.Person;
import org.amparo.security.ui.FirstRunPage;
import org.amparo.testing.FxWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.amparo.testing.FxApp;

/** Setting where a fact came from in the case view, on the real services (encrypted vault, case store). */
@ExtendWith(ApplicationExtension.class)
class FactSourcesFxTest {

    private static final String PASSWORD = "violet tractor harbour moonlight";
    private Injector injector;

    @Start
    void start(Stage stage) throws Exception {
        injector = FxApp.prepare(stage, false).launch();
    }

    @Test
    void aFactsSourceSetInTheCaseViewIsThereAfterReopeningTheCase(FxRobot robot) throws Exception {
        FirstRunPage firstRun = new FirstRunPage(robot).createVault("Rosa Prueba", PASSWORD);
        firstRun.confirmRecoveryCode(firstRun.recoveryCode());
        CaseService cases = injector.getInstance(CaseService.class);
        long ines = injector.getInstance(ClientService.class).save(Client.newClient(new Person("Inés", "Ejemplo",
                null, List.of(), null, null, List.of(), List.of(), null, List.of(), List.of(), null, null))).id();
        long caseId = cases.openCase(new CaseInfo(null, ines, "", Set.of(), CaseStatus.OPEN, "rosa", null, "main",
                LocalDate.of(2026, 1, 5), null, 0)).id();

        WaitForAsyncUtils.asyncFx(() -> injector.getInstance(CaseWindows.class).openCase(caseId));
        CasePage page = new CasePage(robot).showSection(FactSection.SOURCES);
        page.addSource("$.vawa.abuser_relationship", "The abuser");
        FxWait.until("source listed", () -> page.shownSource("$.vawa.abuser_relationship").equals("The abuser"));
        page.save(FactSection.SOURCES);
        FxWait.until("sources saved", () -> cases.facts(ines).version(FactSection.SOURCES) == 1);

        WaitForAsyncUtils.asyncFx(() -> {
            injector.getInstance(CaseWindows.class).closeAll(false);
            injector.getInstance(CaseWindows.class).openCase(caseId);
        });
        CasePage reopened = new CasePage(robot).showSection(FactSection.SOURCES);
        FxWait.until("source shown again", () -> reopened.shownSource("$.vawa.abuser_relationship")
                .equals("The abuser"));
        assertThat(cases.facts(ines).facts().factsSources())
                .containsExactly(Map.entry("$.vawa.abuser_relationship", FactSource.abuser));
    }
}
