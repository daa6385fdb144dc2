package org.amparo.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseScreening;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.ScreeningRun;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.amparo.screening.rescreen.RescreenFixturesAccess;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.testing.InMemoryCaseload;
import org.junit.jupiter.api.Test;

class CaseloadViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private final InMemoryCaseload cases = new InMemoryCaseload();
    private final List<Long> opened = new ArrayList<>();

    private CaseloadViewModel viewModel(SyncTaskRunner tasks, CaseOpener opener) {
        return new CaseloadViewModel(cases, tasks, new Messages(Locale.ENGLISH),
                TestSecurity.permitAll("ana", Role.ADVOCATE, "main"), opener, CLOCK, selection);
    }

    private final org.amparo.cases.CaseloadSelection selection = new org.amparo.cases.CaseloadSelection();

    private CaseloadViewModel activeViewModel() {
        CaseloadViewModel vm = viewModel(SyncTaskRunner.immediate(), new RecordingCaseOpener(opened));
        vm.activate();
        return vm;
    }

    /** {@code n} cases: every third in intake, every fifth assigned to ana, names Demo Prueba-000… */
    private void caseload(int n) {
        for (int i = 0; i < n; i++) {
            cases.add(String.format("2026-%04d", n - i), String.format("Demo Prueba-%03d", i),
                    i % 3 == 0 ? CaseStatus.INTAKE : CaseStatus.OPEN, i % 5 == 0 ? "ana" : "bea",
                    RescreenFixturesAccess.overstay());
        }
    }

    /** One run over cases 1..{@code n} under eo14159_2025 (in force), each with these outcomes. */
    private void screened(int n, LongFunction<FrameworkOutcome> inForce,
            LongFunction<Map<Relief, ReliefOutcome>> relief) {
        List<CaseScreening> results = new ArrayList<>();
        for (long id = 1; id <= n; id++) {
            results.add(new CaseScreening(id, 0, Instant.EPOCH, LocalDate.of(2026, 3, 2),
                    Map.of("eo14159_2025", inForce.apply(id)), relief.apply(id), "eo14159_2025", null, null));
        }
        cases.recordScreenings(new ScreeningRun(null, Instant.EPOCH, LocalDate.of(2026, 3, 2),
                List.of("eo14159_2025"), "test", "ana", n), results);
    }

    @Test
    void showsTheCountAndFetchesOnlyThePagesLookedAt() {
        caseload(1_000);
        CaseloadViewModel vm = activeViewModel();

        assertThat(vm.totalProperty().get()).isEqualTo(1_000);
        assertThat(vm.rows()).hasSize(1_000);
        assertThat(vm.statusTextProperty().get()).isEqualTo("1,000 cases");
        assertThat(cases.caseloadCalls()).as("nothing fetched before the table looks").isZero();

        assertThat(vm.rows().get(0).clientDisplayName()).isEqualTo("Demo Prueba-000");
        assertThat(vm.rows().get(99).clientDisplayName()).isEqualTo("Demo Prueba-099");
        assertThat(vm.rows().get(950).clientDisplayName()).isEqualTo("Demo Prueba-950");

        assertThat(cases.caseloadCalls()).as("two pages of " + CaseloadViewModel.PAGE).isEqualTo(2);
    }

    @Test
    void scrollingFarKeepsOnlyABoundedNumberOfPagesInMemory() {
        caseload(5_000);
        CaseloadViewModel vm = activeViewModel();

        for (int i = 0; i < 5_000; i += CaseloadViewModel.PAGE) {
            assertThat(vm.rows().get(i)).isNotNull();
        }

        assertThat(((PagedCaseRows) vm.rows()).pagesInMemory()).isEqualTo(PagedCaseRows.MAX_PAGES);
        assertThat(vm.rows().get(0).clientDisplayName()).as("an evicted page is fetched again")
                .isEqualTo("Demo Prueba-000");
    }

    @Test
    void statusTextAndAssignedToMeFilterTheList() {
        caseload(30);
        CaseloadViewModel vm = activeViewModel();

        vm.statusProperty().set(CaseStatus.INTAKE);
        assertThat(vm.totalProperty().get()).isEqualTo(10);

        vm.assignedToMeProperty().set(true);
        assertThat(vm.totalProperty().get()).as("intake and assigned to ana: 0, 15").isEqualTo(2);

        vm.statusProperty().set(null);
        vm.assignedToMeProperty().set(false);
        vm.textProperty().set("Prueba-02");
        assertThat(vm.totalProperty().get()).isEqualTo(10);
    }

    @Test
    void theOutcomeFilterUsesEachCasesLatestScreeningUnderTheFrameworkInForce() {
        caseload(10);
        screened(10, id -> id <= 4 ? FrameworkOutcome.PRIORITY : FrameworkOutcome.REMOVABLE_UNLISTED, id -> Map.of());
        CaseloadViewModel vm = activeViewModel();

        vm.frameworkOutcomeProperty().set(FrameworkOutcome.PRIORITY);

        assertThat(vm.totalProperty().get()).isEqualTo(4);
        assertThat(vm.rows().get(0).inForceOutcome()).isEqualTo(FrameworkOutcome.PRIORITY);
    }

    @Test
    void aReliefOutcomeAloneMatchesAnyReliefAndAReliefAloneTheReliefPursued() {
        caseload(6);
        screened(6, id -> FrameworkOutcome.REMOVABLE_UNLISTED, id -> id <= 2
                ? Map.of(Relief.u_visa, ReliefOutcome.ELIGIBLE) : id <= 3 ? Map.of(Relief.t_visa, ReliefOutcome.ELIGIBLE)
                : Map.of(Relief.u_visa, ReliefOutcome.NEEDS_MORE_INFO));
        CaseloadViewModel vm = activeViewModel();

        vm.reliefOutcomeProperty().set(ReliefOutcome.ELIGIBLE);
        assertThat(vm.totalProperty().get()).as("eligible for any relief").isEqualTo(3);

        vm.reliefProperty().set(Relief.u_visa);
        assertThat(vm.totalProperty().get()).as("eligible for a U visa").isEqualTo(2);

        vm.reliefOutcomeProperty().set(null);
        assertThat(vm.totalProperty().get()).as("pursuing a U visa: none of these cases does").isZero();
    }

    @Test
    void theChosenOrderGoesToTheQuery() {
        caseload(5);
        CaseloadViewModel vm = activeViewModel();

        vm.sortProperty().set(CaseQuery.Sort.CASE_NUMBER);

        assertThat(vm.rows().get(0).caseNumber()).isEqualTo("2026-0001");
        assertThat(vm.rows().get(0).clientDisplayName()).isEqualTo("Demo Prueba-004");
    }

    @Test
    void theAnswerToAnOlderQueryIsDropped() {
        caseload(30);
        SyncTaskRunner tasks = SyncTaskRunner.held();
        CaseloadViewModel vm = viewModel(tasks, new RecordingCaseOpener(new ArrayList<>()));
        vm.activate();
        vm.statusProperty().set(CaseStatus.INTAKE);

        tasks.runHeld(1);
        tasks.runHeld(0);

        assertThat(vm.totalProperty().get()).isEqualTo(10);
    }

    @Test
    void openingARowOpensItsCase() {
        caseload(3);
        CaseloadViewModel vm = activeViewModel();
        vm.open(vm.rows().get(1));
        vm.open(null);
        assertThat(opened).containsExactly(vm.rows().get(1).caseId());
    }

    @Test
    void theFiltersBecomeTheSelectionOtherPagesActOn() {
        caseload(6);
        CaseloadViewModel vm = activeViewModel();

        vm.statusProperty().set(CaseStatus.INTAKE);

        assertThat(selection.query().status()).contains(CaseStatus.INTAKE);
    }
}
