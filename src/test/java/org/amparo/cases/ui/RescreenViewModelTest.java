package org.amparo.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amparo.cases.CaseStatus;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.StandardScreening;
import org.amparo.screening.rescreen.CaseRef;
import org.amparo.screening.rescreen.FrameworkImpact;
import org.amparo.screening.rescreen.RescreenFixturesAccess;
import org.amparo.screening.rescreen.RescreenRequest;
import org.amparo.screening.rescreen.RescreenService;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.testing.InMemoryCaseload;
import org.junit.jupiter.api.Test;

/** The re-screen banner's and the impact view's view models, over the in-memory caseload and the real engine. */
class RescreenViewModelTest {

    /** EO 14159 in force; the Mayorkas guidelines were on 2024-06-03. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-03-03T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryCaseload cases = new InMemoryCaseload();
    private final RescreenService service = new RescreenService(cases, facts -> facts, StandardScreening.create(),
            TestSecurity.permitAll("ana", Role.ADVOCATE, "main"), TODAY);
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final List<Long> opened = new ArrayList<>();

    private long screenedUnderMayorkas() {
        long id = cases.add("2026-0001", "Demo-Ana Ejemplo", CaseStatus.OPEN, "ana",
                RescreenFixturesAccess.overstay());
        service.rescreen(RescreenRequest.all(java.time.LocalDate.of(2024, 6, 3), "test"),
                new org.amparo.platform.task.TaskContext() {
                    @Override
                    public void updateProgress(long done, long total) {
                    }

                    @Override
                    public void updateMessage(String message) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
        return id;
    }

    private RescreenViewModel viewModel(SyncTaskRunner tasks) {
        return new RescreenViewModel(service, tasks, messages, TODAY);
    }

    @Test
    void theBannerNamesThePolicyChangeAndTheOpenCases() {
        screenedUnderMayorkas();
        RescreenViewModel vm = viewModel(SyncTaskRunner.immediate());

        vm.checkPolicy();

        assertThat(vm.bannerVisibleProperty().get()).isTrue();
        assertThat(vm.messageProperty().get())
                .isEqualTo("The policy in force changed (dhs2021_mayorkas → eo14159_2025): re-screen 1 open cases.");
    }

    @Test
    void noBannerWhenTheLatestScreeningIsUnderThePolicyInForce() {
        screenedUnderMayorkas();
        RescreenViewModel vm = viewModel(SyncTaskRunner.immediate());
        vm.start();

        vm.dismiss();
        vm.checkPolicy();

        assertThat(vm.bannerVisibleProperty().get()).isFalse();
    }

    @Test
    void reScreeningStoresTheRunAndReportsWhoMoved() {
        screenedUnderMayorkas();
        RescreenViewModel vm = viewModel(SyncTaskRunner.immediate());
        vm.checkPolicy();

        vm.start();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.messageProperty().get())
                .isEqualTo("Re-screened 1 cases: 1 moved under the framework in force.");
        assertThat(cases.runs()).hasSize(2);
        assertThat(cases.runs().get(1).trigger()).isEqualTo("framework eo14159_2025 in force");
        assertThat(vm.lastResultProperty().get().impactOf(FrameworkImpact.IN_FORCE)).isPresent();
    }

    @Test
    void cancelStopsTheRunBeforeItStoresAnything() {
        screenedUnderMayorkas();
        SyncTaskRunner tasks = SyncTaskRunner.held();
        RescreenViewModel vm = viewModel(tasks);

        vm.start();
        assertThat(vm.runningProperty().get()).isTrue();
        vm.cancel();
        tasks.runAllHeld();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Re-screen cancelled; nothing was stored.");
        assertThat(cases.runs()).hasSize(1);
        assertThat(vm.lastResultProperty().get()).isNull();
    }

    @Test
    void clearForgetsTheResult() {
        screenedUnderMayorkas();
        RescreenViewModel vm = viewModel(SyncTaskRunner.immediate());
        vm.start();

        vm.clear();

        assertThat(vm.lastResultProperty().get()).isNull();
        assertThat(vm.bannerVisibleProperty().get()).isFalse();
    }

    @Test
    void theImpactViewListsTheTransitionUnderTheFrameworkInForceAndOpensItsCase() {
        long id = screenedUnderMayorkas();
        RescreenViewModel rescreen = viewModel(SyncTaskRunner.immediate());
        PolicyImpactViewModel impact = new PolicyImpactViewModel(rescreen, messages, new RecordingCaseOpener(opened));
        impact.activate();
        assertThat(impact.summaryProperty().get()).startsWith("No re-screen yet");

        rescreen.start();

        assertThat(impact.frameworks()).first().isEqualTo(FrameworkImpact.IN_FORCE);
        assertThat(impact.frameworkProperty().get()).isEqualTo(FrameworkImpact.IN_FORCE);
        assertThat(impact.transitions()).singleElement().satisfies(t -> {
            assertThat(t.from()).isEqualTo(FrameworkOutcome.NOT_PRIORITY);
            assertThat(t.to()).isEqualTo(FrameworkOutcome.REMOVABLE_UNLISTED);
        });
        assertThat(impact.cases()).containsExactly(new CaseRef(id, "2026-0001"));

        impact.open(impact.cases().get(0));
        assertThat(opened).containsExactly(id);
    }

    @Test
    void aFrameworkWhereNobodyMovedSaysSo() {
        screenedUnderMayorkas();
        RescreenViewModel rescreen = viewModel(SyncTaskRunner.immediate());
        PolicyImpactViewModel impact = new PolicyImpactViewModel(rescreen, messages, new RecordingCaseOpener(new java.util.ArrayList<>()));
        impact.activate();
        rescreen.start();

        impact.frameworkProperty().set("dhs2021_mayorkas");

        assertThat(impact.transitions()).isEmpty();
        assertThat(impact.cases()).isEmpty();
        assertThat(impact.noteProperty().get()).isEqualTo("Nobody moved under this framework.");
    }
}
