package org.amparo.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.StandardScreening;
import org.amparo.screening.rescreen.RescreenFixturesAccess;
import org.amparo.screening.rescreen.RescreenRequest;
import org.amparo.screening.rescreen.RescreenService;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.security.ui.UnlockPage;
import org.amparo.testing.InMemoryCaseload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.amparo.testing.FxApp;

/**
 * Re-screen and read the diff: three cases last screened under the Mayorkas guidelines; the banner says the policy
 * in force changed; re-screening moves them to "removable, not listed" under EO 14159 and the impact tab lists them.
 */
@ExtendWith(ApplicationExtension.class)
class RescreenWorkflowFxTest {

    private final InMemoryCaseload cases = new InMemoryCaseload();
    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private final RescreenService service = new RescreenService(cases, facts -> facts, StandardScreening.create(),
            TestSecurity.permitAll("rosa", Role.ADVOCATE, "main"), Clock.systemUTC());

    @Start
    void start(Stage stage) throws Exception {
        for (int i = 1; i <= 3; i++) {
            cases.add("2026-000" + i, "Demo-Ana Prueba-" + i, CaseStatus.OPEN, "rosa",
                    RescreenFixturesAccess.overstay());
        }
        SyncTaskRunner.immediate().run(org.amparo.platform.task.BackgroundTask.of("", context ->
                service.rescreen(RescreenRequest.all(LocalDate.of(2024, 6, 3), "test"), context)));
        FxApp.prepare(stage, true, binder -> {
            binder.bind(CaseService.class).toInstance(cases);
            binder.bind(RescreenService.class).toInstance(service);
            binder.bind(CaseOpener.class).toInstance(new RecordingCaseOpener(opened));
        }).withFakeVault("rosa", "correct horse battery").launch();
    }

    @Test
    void rescreenAndReadTheDiff(FxRobot robot) {
        new UnlockPage(robot).unlock("rosa", "correct horse battery");
        CaseloadPage page = new CaseloadPage(robot);

        assertThat(page.bannerText())
                .isEqualTo("The policy in force changed (dhs2021_mayorkas → eo14159_2025): re-screen 3 open cases.");
        page.rescreenFromTheBanner();
        assertThat(page.bannerText()).isEqualTo("Re-screened 3 cases: 3 moved under the framework in force.");

        page.viewChanges();
        assertThat(page.transitions()).singleElement().satisfies(t -> {
            assertThat(t.from()).isEqualTo(FrameworkOutcome.NOT_PRIORITY);
            assertThat(t.to()).isEqualTo(FrameworkOutcome.REMOVABLE_UNLISTED);
            assertThat(t.count()).isEqualTo(3);
        });
        assertThat(page.casesOfTheSelectedTransition()).containsExactly("2026-0001", "2026-0002", "2026-0003");

        page.openCase("2026-0002");
        assertThat(opened).containsExactly(2L);

        assertThat(page.showCases().loadedRows(3)).extracting(r -> r.inForceOutcome())
                .containsOnly(FrameworkOutcome.REMOVABLE_UNLISTED);
        assertThat(cases.runs()).hasSize(2);
    }
}
