package org.amparo.screening.rescreen;

import static org.amparo.db.jooq.Tables.CASE_LATEST_SCREENING;
import static org.amparo.db.jooq.Tables.CASE_SCREENING;
import static org.amparo.db.jooq.Tables.SCREENING_RUN;
import static org.amparo.screening.FrameworkOutcome.NOT_PRIORITY;
import static org.amparo.screening.FrameworkOutcome.REMOVABLE_UNLISTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.amparo.cases.CaseScreening;
import org.amparo.cases.CaseService;
import org.amparo.cases.DefaultCaseService;
import org.amparo.cases.ImportedCase;
import org.amparo.cases.ScreeningRun;
import org.amparo.cases.ScreeningWriter;
import org.amparo.cases.data.ScreeningRepository;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.facts.FactsDocument;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.AccessControl;
import org.amparo.security.AuditAction;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** The re-screen over the real case store on a fresh in-memory vault (real migrations). */
class RescreenStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private final Database db = TestDatabases.freshInMemory();
    private final AccessControl access = TestSecurity.permitAll("ana", Role.ADVOCATE, "main");
    private final TestSecurity.RecordingAuditLog audit = new TestSecurity.RecordingAuditLog();
    private final CaseService cases = new DefaultCaseService(db,
            new DefaultClientService(new ClientRepository(db), () -> "ana", CLOCK, access), access, audit, CLOCK);
    private final RescreenService service = new RescreenService(cases, facts -> facts, RescreenFixtures.ENGINE,
            access, CLOCK);

    private List<ImportedCase> imported(int n) {
        List<FactsDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(RescreenFixtures.overstay("store-" + i));
        }
        return cases.importDocuments(docs, "main");
    }

    private RescreenResult run(LocalDate asOf, List<String> frameworks, RescreenFixtures.Context context) {
        return service.rescreen(new RescreenRequest(asOf, frameworks, "test"), context);
    }

    @Test
    void aPolicyChangeIsStoredInTheHistoryAndTheImpactNamesTheCase() {
        ImportedCase c = imported(1).get(0);
        String number = cases.findCase(c.caseId()).orElseThrow().caseNumber();
        run(RescreenFixtures.MAYORKAS_DAY, List.of("dhs2021_mayorkas"), new RescreenFixtures.Context(-1));

        RescreenResult result = run(RescreenFixtures.EO14159_DAY, List.of(), new RescreenFixtures.Context(-1));

        Transition moved = result.impactOf(FrameworkImpact.IN_FORCE).orElseThrow().transitions().get(0);
        assertThat(moved.from()).isEqualTo(NOT_PRIORITY);
        assertThat(moved.to()).isEqualTo(REMOVABLE_UNLISTED);
        assertThat(moved.cases()).containsExactly(new CaseRef(c.caseId(), number));
        assertThat(cases.history(c.caseId())).hasSize(2).first().satisfies(h -> {
            assertThat(h.runId()).isEqualTo(result.run().id());
            assertThat(h.inForceFramework()).isEqualTo("eo14159_2025");
            assertThat(h.frameworks()).containsEntry("eo14159_2025", REMOVABLE_UNLISTED);
        });
        assertThat(audit.entries()).filteredOn(e -> e.action() == AuditAction.RESCREEN).hasSize(2);
    }

    @Test
    void aCancelledRunStoresNothing() {
        List<ImportedCase> all = imported(2_100);
        run(RescreenFixtures.MAYORKAS_DAY, List.of(), new RescreenFixtures.Context(-1));

        assertThatThrownBy(() -> run(RescreenFixtures.EO14159_DAY, List.of(), new RescreenFixtures.Context(1_000)))
                .isInstanceOf(RescreenCancelledException.class);

        assertThat(cases.history(all.get(0).caseId())).hasSize(1);
        assertThat(cases.history(all.get(2_099).caseId())).hasSize(1);
        assertThat(audit.entries()).filteredOn(e -> e.action() == AuditAction.RESCREEN).hasSize(1);
        assertThat(db.dsl().fetchCount(SCREENING_RUN)).as("the cancelled run's stored chunk is removed").isEqualTo(1);
        assertThat(db.dsl().fetchCount(CASE_SCREENING)).isEqualTo(2_100);
    }

    @Test
    void whileARunIsStoredChunkByChunkItCountsNowhereUntilItCompletes() {
        List<ImportedCase> all = imported(2_100);
        run(RescreenFixtures.MAYORKAS_DAY, List.of(), new RescreenFixtures.Context(-1));
        long firstCase = all.get(0).caseId();
        Long latestBefore = latestRun(firstCase);
        List<Integer> storedMidway = new ArrayList<>();
        List<String> midway = new ArrayList<>();
        RescreenFixtures.Context watching = new RescreenFixtures.Context(-1) {
            @Override
            public synchronized void updateProgress(long done, long total) {
                super.updateProgress(done, total);
                if (done == 2_000) {
                    storedMidway.add(db.dsl().fetchCount(CASE_SCREENING));
                    midway.add("history " + cases.history(firstCase).size() + ", latest unchanged "
                            + latestBefore.equals(latestRun(firstCase)));
                }
            }
        };

        RescreenResult second = run(RescreenFixtures.EO14159_DAY, List.of(), watching);

        // the first chunk is stored by then (the second may be too); none of it counts yet
        assertThat(storedMidway).singleElement().isIn(3_100, 4_100);
        assertThat(midway).containsExactly("history 1, latest unchanged true");
        assertThat(cases.history(firstCase)).hasSize(2);
        assertThat(latestRun(firstCase)).isEqualTo(second.run().id());
        assertThat(second.run().casesScreened()).isEqualTo(2_100);
    }

    @Test
    void aRunCutShortByACrashCountsNowhereAndTheNextRunRemovesIt() {
        List<ImportedCase> all = imported(3);
        RescreenResult first = run(RescreenFixtures.MAYORKAS_DAY, List.of(), new RescreenFixtures.Context(-1));
        long c = all.get(0).caseId();
        ScreeningWriter cutShort = cases.screeningWriter(new ScreeningRun(null, CLOCK.instant(),
                RescreenFixtures.EO14159_DAY, List.of("eo14159_2025"), "power cut", "ana", 3));
        cutShort.store(List.of(cases.history(c).get(0)));
        // the process dies here: neither complete() nor discard() runs

        assertThat(cases.history(c)).extracting(CaseScreening::runId).containsExactly(first.run().id());
        assertThat(latestRun(c)).isEqualTo(first.run().id());
        assertThat(db.dsl().fetchCount(SCREENING_RUN)).isEqualTo(2);

        // the app starts again: a new case service, which knows nothing of the run it was writing
        CaseService restarted = new DefaultCaseService(db, new DefaultClientService(new ClientRepository(db),
                () -> "ana", CLOCK, access), access, audit, CLOCK);
        RescreenResult next = new RescreenService(restarted, facts -> facts, RescreenFixtures.ENGINE, access, CLOCK)
                .rescreen(new RescreenRequest(RescreenFixtures.EO14159_DAY, List.of(), "test"),
                        new RescreenFixtures.Context(-1));

        assertThat(cases.history(c)).extracting(CaseScreening::runId)
                .containsExactly(next.run().id(), first.run().id());
        assertThat(db.dsl().select(SCREENING_RUN.ID).from(SCREENING_RUN).fetch(SCREENING_RUN.ID))
                .containsExactlyInAnyOrder(first.run().id(), next.run().id());
    }

    @Test
    void openingTheVaultAfterACrashRemovesTheRunCutShort() {
        List<ImportedCase> all = imported(3);
        RescreenResult first = run(RescreenFixtures.MAYORKAS_DAY, List.of(), new RescreenFixtures.Context(-1));
        long c = all.get(0).caseId();
        cases.screeningWriter(new ScreeningRun(null, CLOCK.instant(), RescreenFixtures.EO14159_DAY,
                List.of("eo14159_2025"), "power cut", "ana", 3)).store(List.of(cases.history(c).get(0)));
        // the process dies here; the app starts again with a new case service, and the vault opens
        CaseService restarted = new DefaultCaseService(db, new DefaultClientService(new ClientRepository(db),
                () -> "ana", CLOCK, access), access, audit, CLOCK);

        assertThat(restarted.recoverInterruptedRuns()).isEqualTo(1);

        assertThat(db.dsl().select(SCREENING_RUN.ID).from(SCREENING_RUN).fetch(SCREENING_RUN.ID))
                .containsExactly(first.run().id());
        assertThat(db.dsl().fetchCount(CASE_SCREENING)).isEqualTo(3);
        assertThat(restarted.recoverInterruptedRuns()).as("nothing left to put right").isZero();
    }

    @Test
    void pointerMovesACrashCutShortAreFinishedWhenTheNextRescreenStarts() {
        List<ImportedCase> all = imported(3);
        RescreenResult first = run(RescreenFixtures.MAYORKAS_DAY, List.of(), new RescreenFixtures.Context(-1));
        long c = all.get(0).caseId();
        ScreeningRepository repository = new ScreeningRepository(db);
        long completed = repository.begin(new ScreeningRun(null, CLOCK.instant(), RescreenFixtures.EO14159_DAY,
                List.of("eo14159_2025"), "power cut", "ana", 0), "ana");
        CaseScreening latest = cases.history(c).get(0);
        repository.store(completed, List.of(new CaseScreening(c, completed, CLOCK.instant(),
                RescreenFixtures.EO14159_DAY, latest.frameworks(), latest.relief(), latest.inForceFramework(),
                latest.nextDeadline(), latest.nextDeadlineLabel())), "ana");
        repository.complete(completed, 1, "ana");
        // the process dies here, before the case's pointer moves to the completed run
        assertThat(latestRun(c)).isEqualTo(first.run().id());

        ScreeningWriter next = cases.screeningWriter(new ScreeningRun(null, CLOCK.instant(),
                RescreenFixtures.EO14159_DAY, List.of("eo14159_2025"), "test", "ana", 3));
        next.discard();

        assertThat(latestRun(c)).isEqualTo(completed);
        assertThat(cases.history(c)).extracting(CaseScreening::runId).containsExactly(completed, first.run().id());
    }

    @Test
    void aSecondRescreenStartedMeanwhileLeavesTheFirstRunning() {
        List<ImportedCase> all = imported(2_100);
        List<RescreenResult> second = new ArrayList<>();
        RescreenFixtures.Context firstContext = new RescreenFixtures.Context(-1) {
            @Override
            public synchronized void updateProgress(long done, long total) {
                super.updateProgress(done, total);
                if (done == 1_000 && second.isEmpty()) {
                    second.add(run(RescreenFixtures.MAYORKAS_DAY, List.of(), new RescreenFixtures.Context(-1)));
                }
            }
        };

        RescreenResult first = run(RescreenFixtures.EO14159_DAY, List.of(), firstContext);

        assertThat(first.casesScreened()).isEqualTo(2_100);
        assertThat(cases.history(all.get(0).caseId())).extracting(CaseScreening::runId)
                .containsExactlyInAnyOrder(first.run().id(), second.get(0).run().id());
        assertThat(latestRun(all.get(2_099).caseId())).as("the run completed last").isEqualTo(first.run().id());
    }

    private Long latestRun(long caseId) {
        return db.dsl().select(CASE_LATEST_SCREENING.RUN_ID).from(CASE_LATEST_SCREENING)
                .where(CASE_LATEST_SCREENING.CASE_ID.eq(caseId)).fetchOne(CASE_LATEST_SCREENING.RUN_ID);
    }
}
