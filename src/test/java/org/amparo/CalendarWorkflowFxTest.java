package org.amparo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.FactSection;
import org.amparo.cases.FactsSnapshot;
import org.amparo.clients.ClientService;
import org.amparo.clients.ui.ClientListPage;
import org.amparo.courthouse.Courthouse;
import org.amparo.courthouse.CourthouseService;
import org.amparo.courthouse.IceActivityReport;
import org.amparo.courthouse.risk.PolicyLens;
import org.amparo.deadlines.agenda.AgendaItem;
import org.amparo.deadlines.ui.CalendarPage;
import org.amparo.facts.CourtEvent;
import org.amparo.testing.FxApp;
import org.amparo.testing.FxWindows;
import org.amparo.facts.CourtEvent.ClientRole;
import org.amparo.facts.CourtEvent.CourtType;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration;
import org.amparo.security.ui.FirstRunPage;
import org.amparo.testing.FxWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Court date to calendar, on the real services (encrypted vault, case store, courthouse data, screening): a client
 * is added in the UI; her case, her final order and a hearing where the abuser has threatened to tip off ICE are
 * stored through the case store; ICE activity is logged at the courthouse. The calendar then shows the hearing as
 * SEVERE with its factors and safety plan, MODERATE under the 2021 memo, in the month view, and in the home screen's
 * next 30 days with a reminder. A deadline added by hand in the calendar's form appears in the agenda.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarWorkflowFxTest {

    private static final String PASSWORD = "violet tractor harbour moonlight";

    private Injector injector;

    private Stage stage;
    private Rectangle2D bounds;

    @Start
    void start(Stage stage) throws Exception {
        injector = FxApp.prepare(stage, false).launch();
        this.stage = stage;
        bounds = FxWindows.fillScreen(stage);
    }

    @AfterEach
    void putTheStageBack(FxRobot robot) {
        robot.interact(() -> FxWindows.place(stage, bounds));
    }

    @Test
    void addACourtDateSeeItsLevelAndPlanAndFindItInTheCalendar(FxRobot robot) throws Exception {
        FirstRunPage firstRun = new FirstRunPage(robot);
        robot.clickOn("#createChoice");
        robot.clickOn("#adminName").write("Admin Prueba");
        robot.clickOn("#password").write(PASSWORD);
        robot.clickOn("#passwordConfirm").write(PASSWORD);
        robot.clickOn("#createButton");
        patiently("recovery code (Argon2id on a busy machine)", () -> robot.lookup("#recoveryCode").tryQuery()
                .map(n -> n.isVisible() && !((Label) n).getText().isBlank()).orElse(false));
        firstRun.confirmRecoveryCode(firstRun.recoveryCode());
        patiently("client list", () -> robot.lookup("#newClient").tryQuery().isPresent());
        new ClientListPage(robot).newClient().names("Marisol", "Demo-Ejemplo").save();
        patiently("client saved", () -> new ClientListPage(robot).namesShown()
                .equals(List.of("Demo-Ejemplo, Marisol")));

        LocalDate hearing = LocalDate.now().plusDays(4);
        addHearing(hearing);

        robot.clickOn("#calendarButton");
        patiently("agenda lists the hearing", () -> robot.lookup("#agendaList").lookup((Node n) ->
                n instanceof Labeled l && l.getText() != null && l.getText().contains("Demo-Ejemplo"))
                .tryQuery().isPresent());
        CalendarPage calendar = new CalendarPage(robot).waitForAgendaItem("Demo-Ejemplo");
        calendar.open("Demo-Ejemplo");
        assertThat(calendar.level()).startsWith("SEVERE");
        assertThat(calendar.factorTexts()).anyMatch(t -> t.startsWith("risk.abuser_tip"))
                .anyMatch(t -> t.startsWith("risk.recent_ice_activity — 3 report(s)"))
                .anyMatch(t -> t.startsWith("risk.287g_tfm"));
        assertThat(calendar.planSteps()).isNotEmpty();

        calendar.judgeUnder(PolicyLens.MEMO_2021, "MODERATE");
        assertThat(calendar.factorTexts()).anyMatch(t -> t.startsWith("risk.courthouse_policy_2021_cap"));
        calendar.judgeUnder(PolicyLens.GUIDANCE_2025, "SEVERE");

        calendar.addDeadline("Collect the police certification", "Marisol");
        assertThat(calendar.deadlineStatus()).isEqualTo("Saved \"Collect the police certification\".");
        calendar.waitForAgendaItem("Collect the police certification");
        assertThat(calendar.agenda()).anyMatch(i -> i.kind() == AgendaItem.Kind.MANUAL_DEADLINE
                && i.detail().equals("Collect the police certification") && i.date().equals(LocalDate.now()));

        calendar.showMonth();
        assertThat(calendar.monthEntries(hearing, "Demo-Ejemplo")).singleElement()
                .satisfies(e -> assertThat(e.getTitle()).startsWith("SEVERE · Court date"));
        FxWait.until("hearing drawn in the month grid", () -> calendar.monthShows("Demo-Ejemplo"));

        robot.clickOn("#clientsButton");
        patiently("home panel lists the hearing", () -> robot.lookup("#list").lookup((Node n) ->
                n instanceof Labeled l && l.getText() != null && l.getText().contains("Demo-Ejemplo"))
                .tryQuery().isPresent());
        FxWait.until("reminder", () -> robot.lookup("#reminder").queryAs(Label.class).getText()
                .startsWith("1 court dates or check-ins in the next 7 days, 1 with HIGH or SEVERE risk"));
    }

    /** Waits up to 2 minutes: vault creation and first queries crawl when the shared machine is loaded. */
    private static void patiently(String what, java.util.function.BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
                try {
                    return condition.getAsBoolean();
                } catch (RuntimeException notYet) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens her case and stores her final order and the hearing through the case store; logs ICE activity. */
    private void addHearing(LocalDate hearing) throws Exception {
        ClientService clients = injector.getInstance(ClientService.class);
        CaseService cases = injector.getInstance(CaseService.class);
        long client = clients.search("Marisol", 5).get(0).id();
        cases.openCase(new CaseInfo(null, client, "", Set.of(), CaseStatus.OPEN, null, null, "main",
                LocalDate.now(), null, 0));
        Immigration finalOrder = new Immigration(null, null, null, null, null, null, null, null, null, true, null,
                null, null, null, null, null, null, null);
        CourtEvent event = new CourtEvent("ce-1", hearing, CourtType.family, "Example Family Court",
                "Example County", "TX", ClientRole.petitioner, null, false, false, true, true,
                List.of(Model287g.TFM), null);
        FactsDocument facts = new FactsDocument(FactsDocument.SCHEMA_ID, "demo", null, null, finalOrder, null, null,
                null, null, null, null, List.of(event), null, null, null, null, null);
        FactsSnapshot before = cases.facts(client);
        cases.saveSection(client, FactSection.IMMIGRATION, facts, before.version(FactSection.IMMIGRATION));
        cases.saveSection(client, FactSection.COURT_EVENTS, facts, before.version(FactSection.COURT_EVENTS));

        CourthouseService courthouses = injector.getInstance(CourthouseService.class);
        long court = courthouses.saveCourthouse(new Courthouse(null, "Example Family Court", null, "Example County",
                "TX", Set.of(CourtType.family), 0)).id();
        for (int daysAgo : new int[] {2, 10, 30}) {
            courthouses.saveReport(new IceActivityReport(null, court, LocalDate.now().minusDays(daysAgo),
                    "Officers in the hallway", "Court watcher", false, null, null, 0), LocalDate.now());
        }
    }
}
