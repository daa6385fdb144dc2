package org.amparo.screening.rescreen;

import static org.amparo.screening.FrameworkOutcome.NOT_PRIORITY;
import static org.amparo.screening.FrameworkOutcome.REMOVABLE_UNLISTED;
import static org.amparo.screening.rescreen.RescreenFixtures.EO14159_DAY;
import static org.amparo.screening.rescreen.RescreenFixtures.MAYORKAS_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.amparo.cases.CaseStatus;
import org.junit.jupiter.api.Test;

class RescreenServiceTest {

    private final RescreenFixtures f = new RescreenFixtures();

    private RescreenResult run(java.time.LocalDate asOf, List<String> frameworks) {
        return f.service.rescreen(new RescreenRequest(asOf, frameworks, "test"), new RescreenFixtures.Context(-1));
    }

    @Test
    void policyChangeMovesAnOverstayFromNotPriorityToRemovableUnlistedAndTheImpactListsHer() {
        long id = f.cases.add("2026-0001", "Demo-Ana Ejemplo", CaseStatus.OPEN, "ana",
                RescreenFixtures.overstay("c1"));
        run(MAYORKAS_DAY, List.of("dhs2021_mayorkas"));

        RescreenResult after = run(EO14159_DAY, List.of());

        FrameworkImpact inForce = after.impactOf(FrameworkImpact.IN_FORCE).orElseThrow();
        assertThat(inForce.transitions()).singleElement().satisfies(t -> {
            assertThat(t.from()).isEqualTo(NOT_PRIORITY);
            assertThat(t.to()).isEqualTo(REMOVABLE_UNLISTED);
            assertThat(t.cases()).containsExactly(new CaseRef(id, "2026-0001"));
        });
        assertThat(inForce.movedIn().get(REMOVABLE_UNLISTED)).extracting(CaseRef::caseNumber)
                .containsExactly("2026-0001");
        assertThat(inForce.movedOut().get(NOT_PRIORITY)).extracting(CaseRef::caseNumber)
                .containsExactly("2026-0001");
        assertThat(f.cases.history(id).get(0).inForceFramework()).isEqualTo("eo14159_2025");
    }

    @Test
    void aFrameworkNewToTheCaseShowsAsMovedInFromNotScreened() {
        f.cases.add("2026-0001", "Demo-Ana Ejemplo", CaseStatus.OPEN, "ana", RescreenFixtures.overstay("c1"));
        run(MAYORKAS_DAY, List.of("dhs2021_mayorkas"));

        RescreenResult after = run(EO14159_DAY, List.of());

        Transition added = after.impactOf("eo14159_2025").orElseThrow().transitions().get(0);
        assertThat(added.from()).isNull();
        assertThat(added.to()).isEqualTo(REMOVABLE_UNLISTED);
        assertThat(after.impactOf("dhs2021_mayorkas").orElseThrow().transitions())
                .as("same facts, same framework: nobody moved").isEmpty();
        assertThat(after.run().frameworks()).containsExactlyElementsOf(RescreenFixtures.ENGINE.frameworkIds());
    }

    @Test
    void eachRunAddsToEveryOpenCasesHistoryAndClosedCasesAreLeftAlone() {
        long open = f.cases.add("2026-0001", "Demo-Ana Ejemplo", CaseStatus.OPEN, "ana",
                RescreenFixtures.overstay("c1"));
        long intake = f.cases.add("2026-0002", "Demo-Bea Prueba", CaseStatus.INTAKE, null,
                RescreenFixtures.overstay("c2"));
        long closed = f.cases.add("2026-0003", "Demo-Cruz Prueba", CaseStatus.CLOSED, null,
                RescreenFixtures.overstay("c3"));

        RescreenResult first = run(MAYORKAS_DAY, List.of());
        RescreenResult second = run(EO14159_DAY, List.of());

        assertThat(first.casesScreened()).isEqualTo(2);
        assertThat(f.cases.history(open)).hasSize(2);
        assertThat(f.cases.history(intake)).extracting(h -> h.runId())
                .containsExactly(second.run().id(), first.run().id());
        assertThat(f.cases.history(closed)).isEmpty();
    }

    @Test
    void casesAreReadInChunksAndStoredTogetherInOneRun() {
        for (int i = 0; i < 2_500; i++) {
            f.cases.add(String.format("2026-%04d", i), "Demo Prueba-" + i, CaseStatus.OPEN, null,
                    RescreenFixtures.overstay("c" + i));
        }
        RescreenFixtures.Context context = new RescreenFixtures.Context(-1);

        RescreenResult result = f.service.rescreen(RescreenRequest.all(EO14159_DAY, "manual"), context);

        assertThat(f.cases.chunkSizes()).as("one recordScreenings call").containsExactly(2_500);
        assertThat(context.progress).containsSubsequence(1_000L, 2_000L, 2_500L);
        assertThat(result.impactOf(FrameworkImpact.IN_FORCE).orElseThrow().movedIn().get(REMOVABLE_UNLISTED))
                .hasSize(2_500);
    }

    @Test
    void cancelStoresNothingOfTheUnfinishedRun() {
        for (int i = 0; i < 2_500; i++) {
            f.cases.add(String.format("2026-%04d", i), "Demo Prueba-" + i, CaseStatus.OPEN, null,
                    RescreenFixtures.overstay("c" + i));
        }
        run(MAYORKAS_DAY, List.of());

        assertThatThrownBy(() -> f.service.rescreen(RescreenRequest.all(EO14159_DAY, "manual"),
                new RescreenFixtures.Context(1_000))).isInstanceOf(RescreenCancelledException.class);

        assertThat(f.cases.runs()).hasSize(1);
        assertThat(f.cases.history(1)).hasSize(1);
    }

    @Test
    void policyChangeIsReportedUntilTheCaseloadIsRescreenedUnderTheNewFramework() {
        f.cases.add("2026-0001", "Demo-Ana Ejemplo", CaseStatus.OPEN, "ana", RescreenFixtures.overstay("c1"));
        assertThat(f.service.policyChange(EO14159_DAY)).get()
                .extracting(PolicyChange::previous).as("never screened").isNull();
        run(MAYORKAS_DAY, List.of());

        PolicyChange change = f.service.policyChange(EO14159_DAY).orElseThrow();
        assertThat(change.previous()).isEqualTo("dhs2021_mayorkas");
        assertThat(change.current()).isEqualTo("eo14159_2025");
        assertThat(change.openCases()).isEqualTo(1);

        run(EO14159_DAY, List.of());
        assertThat(f.service.policyChange(EO14159_DAY)).isEmpty();
    }

    @Test
    void aFrameworkTheLatestRunLeftOutIsReportedAsAdded() {
        f.cases.add("2026-0001", "Demo-Ana Ejemplo", CaseStatus.OPEN, "ana", RescreenFixtures.overstay("c1"));
        run(EO14159_DAY, List.of("eo14159_2025"));

        PolicyChange change = f.service.policyChange(EO14159_DAY).orElseThrow();

        assertThat(change.inForceChanged()).isFalse();
        assertThat(change.added()).contains("dhs2021_mayorkas", "dhs2014_johnson");
    }

    @Test
    void anUnknownFrameworkIsRefusedBeforeAnythingIsStored() {
        f.cases.add("2026-0001", "Demo-Ana Ejemplo", CaseStatus.OPEN, "ana", RescreenFixtures.overstay("c1"));

        assertThatThrownBy(() -> run(EO14159_DAY, List.of("dhs2099_nobody")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dhs2099_nobody");
        assertThat(f.cases.runs()).isEmpty();
    }
}
