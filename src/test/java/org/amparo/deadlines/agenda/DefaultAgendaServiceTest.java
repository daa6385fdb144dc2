package org.amparo.deadlines.agenda;

import static org.amparo.deadlines.agenda.AgendaFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amparo.courthouse.CourthouseFacts;
import org.amparo.courthouse.risk.PolicyLens;
import org.amparo.deadlines.agenda.AgendaItem.Kind;
import org.amparo.facts.CourtEvent;
import org.amparo.screening.CourthouseRisk;
import org.amparo.screening.CourthouseRisk.Factor;
import org.amparo.screening.CourthouseRisk.Level;
import org.amparo.screening.StandardScreening;
import org.junit.jupiter.api.Test;

/** What the calendar lists for open cases, with levels from screening and the vault's courthouse data. */
class DefaultAgendaServiceTest {

    private final InMemoryCaseService cases = new InMemoryCaseService();
    private final AgendaFixtures.ListDeadlines manual = new AgendaFixtures.ListDeadlines();

    private DefaultAgendaService service(CourthouseFacts places) {
        return new DefaultAgendaService(cases, new AgendaFixtures.NoClients(), manual, places,
                StandardScreening.create());
    }

    private final DefaultAgendaService plain = service(facts -> facts);

    private void twoClients() throws Exception {
        cases.put(1, "2026-0007", "Rosa Ejemplo", AgendaFixtures.uVisaClient(TODAY.plusDays(10)));
        cases.put(2, "2026-0008", "Ana Prueba", AgendaFixtures.tippedClient(TODAY.plusDays(5), TODAY.plusDays(3)));
        manual.save(new ManualDeadline(null, 1, null, TODAY.plusDays(20), "Collect the police report", false, 0));
        manual.save(new ManualDeadline(null, 1, null, TODAY.plusDays(21), "Already done", true, 0));
    }

    @Test
    void courtDatesCheckInsAndBothKindsOfDeadlineAreListedByDate() throws Exception {
        twoClients();
        List<AgendaItem> items = plain.between(TODAY, TODAY.plusMonths(6), TODAY);

        assertThat(items).extracting(AgendaItem::kind, AgendaItem::date, AgendaItem::caseNumber).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.ICE_CHECKIN, TODAY.plusDays(3), "2026-0008"),
                org.assertj.core.groups.Tuple.tuple(Kind.COURT_EVENT, TODAY.plusDays(5), "2026-0008"),
                org.assertj.core.groups.Tuple.tuple(Kind.COURT_EVENT, TODAY.plusDays(10), "2026-0007"),
                org.assertj.core.groups.Tuple.tuple(Kind.MANUAL_DEADLINE, TODAY.plusDays(20), "2026-0007"),
                org.assertj.core.groups.Tuple.tuple(Kind.DEADLINE, java.time.LocalDate.of(2026, 8, 9), "2026-0007"));
        assertThat(items.get(4).ref()).as("U visa: last day of the six months from the 2026-02-10 certification")
                .isEqualTo("dl.i918b_6m");
        assertThat(items).filteredOn(i -> i.kind() == Kind.DEADLINE).extracting(AgendaItem::ref)
                .as("a check-in is listed once, as an event, not again as dl.ice_checkin")
                .doesNotContain("dl.ice_checkin");
    }

    @Test
    void eventsCarryTheirLevelAndTheRiskiestComeFirst() throws Exception {
        twoClients();
        List<AgendaItem> items = plain.between(TODAY, TODAY.plusDays(30), TODAY).stream()
                .sorted(AgendaService.RISKIEST_FIRST).toList();
        assertThat(items.get(0)).satisfies(i -> {
            assertThat(i.ref()).isEqualTo("ce-9");
            assertThat(i.level()).as("final order + TFM + abuser tip under the 2025 guidance")
                    .isEqualTo(Level.SEVERE);
        });
        assertThat(items).filteredOn(AgendaItem::isEvent).allSatisfy(i -> assertThat(i.level()).isNotNull());
        assertThat(items).filteredOn(i -> !i.isEvent()).allSatisfy(i -> assertThat(i.level()).isNull());
        assertThat(items.get(items.size() - 1).level()).isNull();
    }

    @Test
    void theVaultsIceActivityReportsRaiseTheLevel() throws Exception {
        cases.put(1, "2026-0007", "Rosa Ejemplo", AgendaFixtures.uVisaClient(TODAY.plusDays(10)));
        CourthouseFacts threeReports = facts -> AgendaFixtures.with(facts, facts.courtEvents().stream()
                .map(DefaultAgendaServiceTest::withThreeReports).toList(), facts.iceCheckins());
        AgendaItem before = plain.between(TODAY, TODAY.plusDays(30), TODAY).get(0);
        DefaultAgendaService reported = service(threeReports);
        AgendaItem after = reported.between(TODAY, TODAY.plusDays(30), TODAY).get(0);

        assertThat(after.level().ordinal()).isGreaterThan(before.level().ordinal());
        CourthouseRisk risk = reported.risk(after, PolicyLens.IN_FORCE, TODAY).orElseThrow();
        assertThat(risk.factors()).extracting(Factor::id).contains("risk.recent_ice_activity");
    }

    private static CourtEvent withThreeReports(CourtEvent e) {
        return new CourtEvent(e.ref(), e.date(), e.courtType(), e.courthouse(), e.county(), e.state(), e.clientRole(),
                e.caseRelatesToDvSaTraffickingStalking(), e.remoteAppearanceAvailable(), e.attorneyAccompanying(),
                e.abuserKnowsDate(), e.abuserThreatenedImmigrationReport(), e.county287gModels(), 3);
    }

    @Test
    void theSameEventCanBeShownUnderThe2021MemoAndThe2025Guidance() throws Exception {
        twoClients();
        AgendaItem hearing = plain.between(TODAY, TODAY.plusDays(30), TODAY).stream()
                .filter(i -> "ce-9".equals(i.ref())).findFirst().orElseThrow();
        CourthouseRisk memo = plain.risk(hearing, PolicyLens.MEMO_2021, TODAY).orElseThrow();
        CourthouseRisk guidance = plain.risk(hearing, PolicyLens.GUIDANCE_2025, TODAY).orElseThrow();

        assertThat(memo.level()).isEqualTo(Level.MODERATE);
        assertThat(guidance.level()).isEqualTo(Level.SEVERE);
        assertThat(memo.safetyPlan()).isNotEmpty();
        assertThat(plain.risk(hearing, PolicyLens.IN_FORCE, TODAY).orElseThrow().level()).isEqualTo(hearing.level());
    }

    @Test
    void deadlinesHaveNoRiskView() throws Exception {
        twoClients();
        AgendaItem deadline = plain.between(TODAY, TODAY.plusDays(30), TODAY).stream()
                .filter(i -> i.kind() == Kind.MANUAL_DEADLINE).findFirst().orElseThrow();
        assertThat(plain.risk(deadline, PolicyLens.IN_FORCE, TODAY)).isEmpty();
        assertThat(deadline.clientName()).as("from her facts").isEqualTo("Rosalba Example-Ortega");
    }

    @Test
    void urgencyFollowsTheDaysLeft() {
        AgendaItem item = new AgendaItem("k", Kind.MANUAL_DEADLINE, TODAY.plusDays(7), 1, "", null, "x", null, "1",
                null);
        assertThat(item.urgency(TODAY)).isEqualTo(AgendaItem.Urgency.WITHIN_7_DAYS);
        assertThat(item.urgency(TODAY.minusDays(1))).isEqualTo(AgendaItem.Urgency.WITHIN_30_DAYS);
        assertThat(item.urgency(TODAY.minusDays(24))).isEqualTo(AgendaItem.Urgency.LATER);
        assertThat(item.urgency(TODAY.plusDays(8))).isEqualTo(AgendaItem.Urgency.PASSED);
    }
}
