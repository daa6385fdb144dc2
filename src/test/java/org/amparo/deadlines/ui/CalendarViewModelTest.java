package org.amparo.deadlines.ui;

import static org.amparo.deadlines.agenda.AgendaFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.amparo.courthouse.risk.PolicyLens;
import org.amparo.deadlines.agenda.AgendaFixtures;
import org.amparo.deadlines.agenda.AgendaItem;
import org.amparo.deadlines.agenda.CalendarExport;
import org.amparo.deadlines.agenda.DefaultAgendaService;
import org.amparo.deadlines.agenda.InMemoryCaseService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.screening.CourthouseRisk.Level;
import org.amparo.screening.StandardScreening;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.testing.FakeDialogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar's state without the toolkit: loading, the selected event's risk under each lens, export. */
class CalendarViewModelTest {

    private final InMemoryCaseService cases = new InMemoryCaseService();
    private final FakeDialogService dialogs = new FakeDialogService();
    private CalendarViewModel viewModel;

    @BeforeEach
    void setUp() {
        cases.put(1, "2026-0007", "Rosa Ejemplo", AgendaFixtures.uVisaClient(TODAY.minusDays(3)));
        cases.put(2, "2026-0008", "Ana Prueba", AgendaFixtures.tippedClient(TODAY.plusDays(5), TODAY.plusDays(3)));
        DefaultAgendaService agenda = new DefaultAgendaService(cases, new AgendaFixtures.NoClients(),
                new AgendaFixtures.ListDeadlines(), facts -> facts, StandardScreening.create());
        CalendarExport export = new CalendarExport(TestSecurity.permitAll("prueba", Role.ADVOCATE, "p"),
                new TestSecurity.RecordingAuditLog());
        viewModel = new CalendarViewModel(agenda, export, SyncTaskRunner.immediate(), new Messages(Locale.ENGLISH),
                dialogs,
                () -> TODAY);
        viewModel.activate();
    }

    private AgendaItem item(String ref) {
        return viewModel.items().stream().filter(i -> ref.equals(i.ref())).findFirst().orElseThrow();
    }

    @Test
    void activatingLoadsAMonthBackAndAYearAhead() {
        assertThat(viewModel.items()).extracting(AgendaItem::ref)
                .contains("ce-1", "ci-1", "ce-9", "dl.i918b_6m");
        assertThat(viewModel.statusProperty().get()).isEqualTo(viewModel.items().size() + " dates in the calendar.");
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void selectingAnEventShowsItsRiskAndChangingTheLensRejudgesIt() {
        viewModel.selectedProperty().set(item("ce-9"));
        assertThat(viewModel.riskProperty().get().level()).isEqualTo(Level.SEVERE);
        assertThat(viewModel.riskProperty().get().safetyPlan()).isNotEmpty();

        viewModel.lensProperty().set(PolicyLens.MEMO_2021);
        assertThat(viewModel.riskProperty().get().level()).isEqualTo(Level.MODERATE);
        assertThat(viewModel.riskProperty().get().factors()).extracting(f -> f.id())
                .contains("risk.courthouse_policy_2021_cap");
    }

    @Test
    void aDeadlineHasNoRisk() {
        viewModel.selectedProperty().set(item("ce-9"));
        viewModel.selectedProperty().set(item("dl.i918b_6m"));
        assertThat(viewModel.riskProperty().get()).isNull();
    }

    @Test
    void exportWritesUpcomingItemsWithoutNamesByDefault(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cal.ics");
        viewModel.exportTo(file);
        String ics = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(ics).contains("SUMMARY:Court date (case 2026-0008)").doesNotContain("Prueba")
                .doesNotContain("DTSTART;VALUE=DATE:" + TODAY.minusDays(3).toString().replace("-", ""));
        assertThat(viewModel.statusProperty().get()).startsWith("Exported ");

        viewModel.includeNamesProperty().set(true);
        viewModel.exportTo(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Ana Prueba");
    }

    @Test
    void exportAsksWhereToSaveAndWritesNothingWhenCancelled(@TempDir Path dir) throws Exception {
        viewModel.export();
        assertThat(dialogs.choosers).containsExactly("Export the calendar");
        assertThat(viewModel.statusProperty().get()).doesNotStartWith("Exported ");

        Path file = dir.resolve("chosen.ics");
        dialogs.nextChosenPath = java.util.Optional.of(file);
        viewModel.export();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR");
    }
}
