package org.amparo.deadlines.ui;

import static org.amparo.deadlines.agenda.AgendaFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import org.amparo.deadlines.agenda.AgendaFixtures;
import org.amparo.deadlines.agenda.AgendaItem;
import org.amparo.deadlines.agenda.DefaultAgendaService;
import org.amparo.deadlines.agenda.InMemoryCaseService;
import org.amparo.deadlines.agenda.ManualDeadline;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.screening.CourthouseRisk.Level;
import org.amparo.screening.StandardScreening;
import org.junit.jupiter.api.Test;

/** The home panel: the next 30 days riskiest first, and one reminder per app start for the next 7 days. */
class UpcomingViewModelTest {

    private final InMemoryCaseService cases = new InMemoryCaseService();
    private final AgendaFixtures.ListDeadlines manual = new AgendaFixtures.ListDeadlines();
    private long session = 1;
    private final UpcomingViewModel.ReminderShown once = new UpcomingViewModel.ReminderShown(() -> session);

    private UpcomingViewModel viewModel() {
        DefaultAgendaService agenda = new DefaultAgendaService(cases, new AgendaFixtures.NoClients(), manual,
                facts -> facts, StandardScreening.create());
        return new UpcomingViewModel(agenda, SyncTaskRunner.immediate(), new Messages(Locale.ENGLISH), once,
                () -> TODAY);
    }

    @Test
    void theRiskiestComeFirstAndNothingBeyond30Days() throws Exception {
        cases.put(1, "2026-0007", "Rosa Ejemplo", AgendaFixtures.uVisaClient(TODAY.plusDays(2)));
        cases.put(2, "2026-0008", "Ana Prueba", AgendaFixtures.tippedClient(TODAY.plusDays(25), TODAY.plusDays(40)));
        manual.save(new ManualDeadline(null, 1, null, TODAY.plusDays(1), "Collect the police report", false, 0));
        cases.screened(1, null, null);
        cases.screened(2, null, null);
        UpcomingViewModel vm = viewModel();
        vm.activate();

        assertThat(vm.items()).extracting(AgendaItem::ref).containsExactly("ce-9", "ce-1", "1");
        assertThat(vm.items().get(0).level()).isEqualTo(Level.SEVERE);
        assertThat(vm.statusProperty().get()).isEqualTo("3 in the next 30 days, riskiest first.");
    }

    @Test
    void theReminderListsTheWeeksEventsHighAndSevereFirstOncePerAppStart() {
        cases.put(1, "2026-0007", "Rosa Ejemplo", AgendaFixtures.uVisaClient(TODAY.plusDays(2)));
        cases.put(2, "2026-0008", "Ana Prueba", AgendaFixtures.tippedClient(TODAY.plusDays(6), TODAY.plusDays(3)));
        UpcomingViewModel first = viewModel();
        first.activate();

        assertThat(first.reminderVisibleProperty().get()).isTrue();
        String[] lines = first.reminderProperty().get().split("\n");
        assertThat(lines[0]).isEqualTo("3 court dates or check-ins in the next 7 days, 2 with HIGH or SEVERE risk:");
        assertThat(lines[1]).contains("SEVERE").contains("Ana Prueba");
        assertThat(lines[3]).contains("MODERATE").contains("Rosa Ejemplo");

        first.dismissReminder();
        assertThat(first.reminderVisibleProperty().get()).isFalse();
        UpcomingViewModel again = viewModel();
        again.activate();
        assertThat(again.reminderVisibleProperty().get()).as("shown once per unlock").isFalse();

        session++;
        UpcomingViewModel afterUnlock = viewModel();
        afterUnlock.activate();
        assertThat(afterUnlock.reminderVisibleProperty().get()).as("shown again after the vault is unlocked again")
                .isTrue();
    }

    @Test
    void storedNextDeadlinesAreListedWithoutScreeningTheCaseloadAndUnscreenedCasesAreCounted() {
        cases.put(1, "2026-0007", "Rosa Ejemplo", AgendaFixtures.uVisaClient(TODAY.plusDays(2)));
        cases.put(2, "2026-0008", "Ana Prueba", AgendaFixtures.tippedClient(TODAY.plusDays(25), TODAY.plusDays(40)));
        cases.put(3, "2026-0009", "Luz Demo-Uno", AgendaFixtures.uVisaClient(TODAY.plusDays(90)));
        cases.put(4, "2026-0010", "Eva Demo-Dos", AgendaFixtures.uVisaClient(TODAY.plusDays(90)));
        cases.screened(1, TODAY.plusDays(12), "File the I-918 Supplement B");
        cases.screened(2, TODAY.plusDays(25), "Court date deadline on the event's day");
        cases.screened(3, TODAY.minusDays(4), "Passed since the last screening");
        UpcomingViewModel vm = viewModel();
        vm.activate();

        assertThat(cases.openCaseScans()).as("no case is re-screened").isZero();
        assertThat(vm.items()).extracting(AgendaItem::kind, AgendaItem::detail).contains(
                tuple(AgendaItem.Kind.DEADLINE, "File the I-918 Supplement B"));
        assertThat(vm.items()).as("a stored deadline on an event's day is the event itself")
                .extracting(AgendaItem::detail).doesNotContain("Court date deadline on the event's day");
        assertThat(vm.items()).filteredOn(i -> i.kind() == AgendaItem.Kind.DEADLINE)
                .extracting(AgendaItem::caseNumber).containsExactly("2026-0007");
        assertThat(vm.statusProperty().get()).isEqualTo("3 in the next 30 days, riskiest first. Not screened yet: "
                + "1 open cases. 1 open cases have a stored deadline that has passed. Re-screen them from Cases to "
                + "list their deadlines here.");
    }

    @Test
    void noReminderWhenNothingHappensThisWeek() {
        cases.put(2, "2026-0008", "Ana Prueba", AgendaFixtures.tippedClient(TODAY.plusDays(20), TODAY.plusDays(21)));
        UpcomingViewModel vm = viewModel();
        vm.activate();
        assertThat(vm.reminderVisibleProperty().get()).isFalse();
        assertThat(vm.items()).hasSize(2);
    }
}
