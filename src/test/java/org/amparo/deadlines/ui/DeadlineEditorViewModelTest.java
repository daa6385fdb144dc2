package org.amparo.deadlines.ui;

import static org.amparo.deadlines.agenda.AgendaFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.amparo.deadlines.agenda.AgendaFixtures;
import org.amparo.deadlines.agenda.AgendaItem;
import org.amparo.deadlines.agenda.DefaultAgendaService;
import org.amparo.deadlines.agenda.InMemoryCaseService;
import org.amparo.deadlines.agenda.ManualDeadline;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.screening.StandardScreening;
import org.amparo.testing.FakeDialogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calendar's deadline form: validation, add for a case or the client, edit, mark done, delete, stale copies. */
class DeadlineEditorViewModelTest {

    private final InMemoryCaseService cases = new InMemoryCaseService();
    private final AgendaFixtures.ListDeadlines deadlines = new AgendaFixtures.ListDeadlines();
    private final FakeDialogService dialogs = new FakeDialogService();
    private DeadlineEditorViewModel editor;
    private DefaultAgendaService agenda;
    private int reloads;

    @BeforeEach
    void setUp() {
        cases.put(1, "2026-0007", "Rosa Ejemplo", AgendaFixtures.uVisaClient(TODAY.minusDays(3)));
        cases.put(2, "2026-0008", "Ana Prueba", AgendaFixtures.tippedClient(TODAY.plusDays(5), TODAY.plusDays(3)));
        agenda = new DefaultAgendaService(cases, new AgendaFixtures.NoClients(), deadlines, facts -> facts,
                StandardScreening.create());
        editor = new DeadlineEditorViewModel(deadlines, cases, SyncTaskRunner.immediate(),
                new Messages(Locale.ENGLISH), dialogs, () -> TODAY);
        editor.setOnChanged(() -> reloads++);
    }

    private AgendaItem manualInAgenda(String label) {
        return agenda.between(TODAY.minusDays(31), TODAY.plusDays(365), TODAY).stream()
                .filter(i -> i.kind() == AgendaItem.Kind.MANUAL_DEADLINE && i.detail().equals(label))
                .findFirst().orElseThrow();
    }

    private boolean inAgenda(String label) {
        return agenda.between(TODAY.minusDays(31), TODAY.plusDays(365), TODAY).stream()
                .anyMatch(i -> i.kind() == AgendaItem.Kind.MANUAL_DEADLINE && i.detail().equals(label));
    }

    private void addForAna(String label) {
        editor.startNew();
        editor.titleProperty().set(label);
        editor.dueOnProperty().set(TODAY.plusDays(9));
        editor.caseSearchProperty().set("prueba");
        editor.searchCases();
        editor.save();
    }

    @Test
    void anEmptyFormSaysWhatIsMissingAndSavesNothing() throws Exception {
        editor.startNew();
        assertThat(editor.dueOnProperty().get()).as("a new deadline starts today").isEqualTo(TODAY);
        editor.dueOnProperty().set(null);
        editor.save();

        assertThat(editor.titleErrorProperty().get()).isEqualTo("Say what is due.");
        assertThat(editor.dateErrorProperty().get()).startsWith("Choose the date it is due");
        assertThat(editor.caseErrorProperty().get()).isEqualTo("Find and choose the open case it belongs to.");
        assertThat(editor.statusProperty().get()).isEqualTo("Check the fields marked in red.");
        assertThat(editor.openProperty().get()).isTrue();
        assertThat(deadlines.between(TODAY.minusYears(1), TODAY.plusYears(1))).isEmpty();

        editor.titleProperty().set("x".repeat(301));
        editor.validate();
        assertThat(editor.titleErrorProperty().get()).isEqualTo("Keep it under 300 characters.");
    }

    @Test
    void aSearchThatFindsNoOpenCaseSaysSo() {
        editor.startNew();
        editor.caseSearchProperty().set("nobody");
        editor.searchCases();
        assertThat(editor.caseMatches()).isEmpty();
        assertThat(editor.caseErrorProperty().get()).isEqualTo("No open case matches that text.");
    }

    @Test
    void addingForACaseClosesTheFormReloadsTheCalendarAndShowsItInTheAgenda() throws Exception {
        addForAna("  Collect school records ");

        assertThat(editor.openProperty().get()).isFalse();
        assertThat(editor.statusProperty().get()).isEqualTo("Saved \"Collect school records\".");
        assertThat(reloads).isEqualTo(1);
        ManualDeadline saved = deadlines.ofClient(2).get(0);
        assertThat(saved.caseId()).isEqualTo(2L);
        assertThat(saved.dueOn()).isEqualTo(TODAY.plusDays(9));
        AgendaItem item = manualInAgenda("Collect school records");
        assertThat(item.caseNumber()).isEqualTo("2026-0008");
    }

    @Test
    void aDeadlineForTheWholeClientHasNoCase() throws Exception {
        editor.startNew();
        editor.titleProperty().set("Renew the work permit");
        editor.caseSearchProperty().set("2026-0007");
        editor.searchCases();
        editor.wholeClientProperty().set(true);
        editor.save();
        assertThat(deadlines.ofClient(1)).singleElement().satisfies(d -> assertThat(d.caseId()).isNull());
    }

    @Test
    void editingLoadsTheDeadlineAndSavesTheChange() throws Exception {
        addForAna("Biometrics");
        editor.edit(manualInAgenda("Biometrics"));

        assertThat(editor.openProperty().get()).isTrue();
        assertThat(editor.existingProperty().get()).isTrue();
        assertThat(editor.titleProperty().get()).isEqualTo("Biometrics");
        assertThat(editor.describe(editor.chosenCaseProperty().get())).startsWith("2026-0008 · ");
        editor.titleProperty().set("Biometrics appointment");
        editor.dueOnProperty().set(TODAY.plusDays(12));
        editor.save();

        assertThat(deadlines.ofClient(2)).singleElement().satisfies(d -> {
            assertThat(d.label()).isEqualTo("Biometrics appointment");
            assertThat(d.dueOn()).isEqualTo(TODAY.plusDays(12));
            assertThat(d.caseId()).isEqualTo(2L);
            assertThat(d.version()).isEqualTo(1);
        });
    }

    @Test
    void markingDoneTakesItOffTheAgenda() throws Exception {
        addForAna("Send the translation");
        editor.markDone(manualInAgenda("Send the translation"));

        assertThat(inAgenda("Send the translation")).isFalse();
        assertThat(deadlines.ofClient(2)).singleElement().satisfies(d -> assertThat(d.done()).isTrue());
        assertThat(editor.statusProperty().get()).startsWith("Marked \"Send the translation\" done");
    }

    @Test
    void deleteAsksFirstAndKeepsItWhenTheAnswerIsNo() throws Exception {
        addForAna("Call the shelter");
        editor.edit(manualInAgenda("Call the shelter"));

        dialogs.answerConfirmationsWith(false);
        editor.delete();
        assertThat(dialogs.confirmations).containsExactly("Delete this deadline?");
        assertThat(inAgenda("Call the shelter")).isTrue();

        dialogs.answerConfirmationsWith(true);
        editor.delete();
        assertThat(inAgenda("Call the shelter")).isFalse();
        assertThat(editor.statusProperty().get()).isEqualTo("Deleted \"Call the shelter\".");
        assertThat(editor.openProperty().get()).isFalse();
    }

    @Test
    void aCopySomeoneChangedMeanwhileIsRefusedAndTheCalendarReloads() throws Exception {
        addForAna("Biometrics");
        editor.edit(manualInAgenda("Biometrics"));
        ManualDeadline current = deadlines.ofClient(2).get(0);
        deadlines.save(new ManualDeadline(current.id(), 2, 2L, current.dueOn(), "Changed elsewhere", false,
                current.version()));
        int before = reloads;

        editor.titleProperty().set("My change");
        editor.save();

        assertThat(editor.statusProperty().get()).startsWith("Someone changed or deleted this deadline");
        assertThat(deadlines.ofClient(2)).singleElement().satisfies(d ->
                assertThat(d.label()).isEqualTo("Changed elsewhere"));
        assertThat(reloads).isEqualTo(before + 1);
    }
}
