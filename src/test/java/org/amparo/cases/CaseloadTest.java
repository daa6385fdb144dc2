package org.amparo.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amparo.clients.Client;
import org.amparo.facts.Person;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each caseload filter and sort, with cases that must appear and cases that must not. */
class CaseloadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String EO = "eo14159_2025";

    private final CaseStoreFixture f = new CaseStoreFixture(TestSecurity.permitAll("luz.attorney", Role.ATTORNEY,
            "main"));
    private CaseInfo rosa;
    private CaseInfo maria;
    private CaseInfo eva;

    @BeforeEach
    void threeCases() throws Exception {
        rosa = open("Rosa", "Ejemplo", "2026-0007", CaseStatus.OPEN, "ana.advocate", null, "main",
                LocalDate.of(2026, 1, 10), Set.of(Relief.u_visa));
        maria = open("María", "Núñez", "2026-0003", CaseStatus.INTAKE, "bea.advocate", "luz.attorney", "main",
                LocalDate.of(2026, 3, 5), Set.of(Relief.t_visa));
        eva = open("Eva", "Prueba", "2025-0100", CaseStatus.CLOSED, "ana.advocate", null, "other",
                LocalDate.of(2025, 11, 20), Set.of());
        record(Map.of(rosa.id(), screening(rosa.id(), FrameworkOutcome.NOT_PRIORITY, ReliefOutcome.NOT_ELIGIBLE,
                null), maria.id(), screening(maria.id(), FrameworkOutcome.PRIORITY, ReliefOutcome.LIKELY_ELIGIBLE,
                TODAY.plusDays(5))));
        record(Map.of(rosa.id(), screening(rosa.id(), FrameworkOutcome.PRIORITY, ReliefOutcome.LIKELY_ELIGIBLE,
                TODAY.plusDays(10)), maria.id(), screening(maria.id(), FrameworkOutcome.NOT_PRIORITY,
                ReliefOutcome.NOT_ELIGIBLE, TODAY.plusDays(40))));
    }

    private CaseInfo open(String given, String family, String number, CaseStatus status, String advocate,
            String attorney, String program, LocalDate opened, Set<Relief> relief) throws Exception {
        Person p = CaseStoreFixture.person(given, family);
        long clientId = f.clients.save(Client.newClient(p)).id();
        return f.service.openCase(new CaseInfo(null, clientId, number, relief, status, advocate, attorney, program,
                opened, null, 0));
    }

    private void record(Map<Long, CaseScreening> results) {
        f.service.recordScreenings(new ScreeningRun(null, Instant.parse("2026-06-01T09:00:00Z"), TODAY,
                List.of(EO), "manual", "luz.attorney", 0), List.copyOf(results.values()));
    }

    private static CaseScreening screening(long caseId, FrameworkOutcome outcome, ReliefOutcome u,
            LocalDate deadline) {
        return new CaseScreening(caseId, 0, Instant.parse("2026-06-01T09:00:00Z"), TODAY, Map.of(EO, outcome),
                Map.of(Relief.u_visa, u), EO, deadline, deadline == null ? null : "Demo filing deadline");
    }

    private List<Long> ids(CaseQuery q) {
        List<Long> ids = f.service.caseload(q, TODAY, 0, 50).stream().map(CaseRow::caseId).toList();
        assertThat(f.service.count(q, TODAY)).as("count agrees with the page").isEqualTo(ids.size());
        return ids;
    }

    private static CaseQuery query(String text, CaseStatus status, String framework, FrameworkOutcome fo,
            Relief relief, ReliefOutcome ro, Integer days, String assigned, CaseQuery.Sort sort) {
        return new CaseQuery(text, Optional.ofNullable(status), Optional.ofNullable(framework),
                Optional.ofNullable(fo), Optional.ofNullable(relief), Optional.ofNullable(ro),
                Optional.ofNullable(days), Optional.ofNullable(assigned), sort);
    }

    private static CaseQuery text(String text) {
        return query(text, null, null, null, null, null, null, null, CaseQuery.Sort.CLIENT_NAME);
    }

    @Test
    void everyCaseByClientNameWithTheRowsContents() {
        List<CaseRow> rows = f.service.caseload(CaseQuery.all(), TODAY, 0, 10);

        assertThat(rows).extracting(CaseRow::caseId).containsExactly(rosa.id(), maria.id(), eva.id());
        CaseRow r = rows.get(0);
        assertThat(r.clientDisplayName()).isEqualTo("Ejemplo, Rosa");
        assertThat(r.caseNumber()).isEqualTo("2026-0007");
        assertThat(r.reliefPursued()).isEqualTo("u_visa");
        assertThat(r.inForceOutcome()).as("latest run, not the first").isEqualTo(FrameworkOutcome.PRIORITY);
        assertThat(r.nextDeadline()).isEqualTo(TODAY.plusDays(10));
        assertThat(rows.get(2).inForceOutcome()).as("never screened").isNull();
    }

    @Test
    void textMatchesFoldedNamePrefixesAndCaseNumbers() {
        assertThat(ids(text("nuñ"))).containsExactly(maria.id());
        assertThat(ids(text("MARIA nunez"))).containsExactly(maria.id());
        assertThat(ids(text("maria ejemplo"))).isEmpty();
        assertThat(ids(text("2026-0007"))).containsExactly(rosa.id());
        assertThat(ids(text("2026"))).containsExactly(rosa.id(), maria.id());
    }

    @Test
    void statusFilter() {
        assertThat(ids(query("", CaseStatus.OPEN, null, null, null, null, null, null, CaseQuery.Sort.CLIENT_NAME)))
                .containsExactly(rosa.id());
        assertThat(ids(query("", CaseStatus.CLOSED, null, null, null, null, null, null, CaseQuery.Sort.CLIENT_NAME)))
                .containsExactly(eva.id());
    }

    @Test
    void frameworkOutcomeUsesOnlyTheLatestScreening() {
        assertThat(ids(query("", null, EO, FrameworkOutcome.PRIORITY, null, null, null, null,
                CaseQuery.Sort.CLIENT_NAME))).as("María was PRIORITY only in the older run").containsExactly(rosa.id());
        assertThat(ids(query("", null, null, FrameworkOutcome.NOT_PRIORITY, null, null, null, null,
                CaseQuery.Sort.CLIENT_NAME))).as("in-force outcome").containsExactly(maria.id());
        assertThat(ids(query("", null, "dhs2021_mayorkas", FrameworkOutcome.PRIORITY, null, null, null, null,
                CaseQuery.Sort.CLIENT_NAME))).isEmpty();
    }

    @Test
    void anOutcomeFilterMatchesTheWholeOutcomeNotOneEndingLikeIt() {
        record(Map.of(eva.id(), screening(eva.id(), FrameworkOutcome.LIKELY_PRIORITY, ReliefOutcome.ELIGIBLE, null)));

        assertThat(ids(query("", null, EO, FrameworkOutcome.PRIORITY, null, null, null, null,
                CaseQuery.Sort.CLIENT_NAME))).as("not Eva's LIKELY_PRIORITY").containsExactly(rosa.id());
        assertThat(ids(query("", null, EO, FrameworkOutcome.LIKELY_PRIORITY, null, null, null, null,
                CaseQuery.Sort.CLIENT_NAME))).containsExactly(eva.id());
        assertThat(ids(query("", null, null, null, null, ReliefOutcome.ELIGIBLE, null, null,
                CaseQuery.Sort.CLIENT_NAME))).as("any relief; not Rosa's LIKELY_ELIGIBLE").containsExactly(eva.id());
        assertThat(ids(query("", null, null, null, null, ReliefOutcome.LIKELY_ELIGIBLE, null, null,
                CaseQuery.Sort.CLIENT_NAME))).containsExactly(rosa.id());
    }

    @Test
    void reliefOutcomeAndReliefPursued() {
        assertThat(ids(query("", null, null, null, Relief.u_visa, ReliefOutcome.LIKELY_ELIGIBLE, null, null,
                CaseQuery.Sort.CLIENT_NAME))).containsExactly(rosa.id());
        assertThat(ids(query("", null, null, null, Relief.u_visa, ReliefOutcome.NOT_ELIGIBLE, null, null,
                CaseQuery.Sort.CLIENT_NAME))).containsExactly(maria.id());
        assertThat(ids(query("", null, null, null, Relief.t_visa, null, null, null, CaseQuery.Sort.CLIENT_NAME)))
                .as("relief alone: the relief pursued").containsExactly(maria.id());
    }

    @Test
    void deadlineWithinDaysCountsFromToday() {
        assertThat(ids(query("", null, null, null, null, null, 30, null, CaseQuery.Sort.CLIENT_NAME)))
                .containsExactly(rosa.id());
        assertThat(ids(query("", null, null, null, null, null, 40, null, CaseQuery.Sort.CLIENT_NAME)))
                .containsExactly(rosa.id(), maria.id());
        assertThat(ids(query("", null, null, null, null, null, 9, null, CaseQuery.Sort.CLIENT_NAME))).isEmpty();
    }

    @Test
    void theInForceOutcomeAndTheDeadlineFilterTogetherOnTheSameLatestScreening() {
        assertThat(ids(query("", null, null, FrameworkOutcome.PRIORITY, null, null, 40, null,
                CaseQuery.Sort.NEXT_DEADLINE))).containsExactly(rosa.id());
        assertThat(ids(query("", null, null, FrameworkOutcome.NOT_PRIORITY, null, null, 40, null,
                CaseQuery.Sort.NEXT_DEADLINE))).containsExactly(maria.id());
        assertThat(ids(query("", null, null, FrameworkOutcome.NOT_PRIORITY, null, null, 30, null,
                CaseQuery.Sort.NEXT_DEADLINE))).as("her deadline is 40 days away").isEmpty();
    }

    @Test
    void assignedToMatchesAdvocateOrAttorney() {
        assertThat(ids(query("", null, null, null, null, null, null, "luz.attorney", CaseQuery.Sort.CLIENT_NAME)))
                .containsExactly(maria.id());
        assertThat(ids(query("", null, null, null, null, null, null, "ana.advocate", CaseQuery.Sort.CLIENT_NAME)))
                .containsExactly(rosa.id(), eva.id());
    }

    @Test
    void sortsAndPages() {
        assertThat(ids(query("", null, null, null, null, null, null, null, CaseQuery.Sort.CASE_NUMBER)))
                .containsExactly(eva.id(), maria.id(), rosa.id());
        assertThat(ids(query("", null, null, null, null, null, null, null, CaseQuery.Sort.NEXT_DEADLINE)))
                .containsExactly(rosa.id(), maria.id(), eva.id());
        assertThat(ids(query("", null, null, null, null, null, null, null, CaseQuery.Sort.OPENED_NEWEST)))
                .containsExactly(maria.id(), rosa.id(), eva.id());
        assertThat(ids(query("", null, null, null, null, null, null, null, CaseQuery.Sort.STATUS)))
                .containsExactly(eva.id(), maria.id(), rosa.id());
        assertThat(f.service.caseload(CaseQuery.all(), TODAY, 1, 1)).extracting(CaseRow::caseId)
                .containsExactly(maria.id());
    }

    @Test
    void advocatesSeeTheirProgramAndVolunteersTheirAssignedCases() {
        CaseService advocate = f.as(TestSecurity.permitAll("bea.advocate", Role.ADVOCATE, "main"));
        CaseService volunteer = f.as(CaseStoreFixture.denying("ana.advocate", EnumSet.noneOf(
                org.amparo.security.DataKind.class)));

        assertThat(advocate.caseload(CaseQuery.all(), TODAY, 0, 10)).extracting(CaseRow::caseId)
                .containsExactly(rosa.id(), maria.id());
        assertThat(advocate.count(CaseQuery.all(), TODAY)).isEqualTo(2);
        assertThat(volunteer.caseload(CaseQuery.all(), TODAY, 0, 10)).extracting(CaseRow::caseId)
                .containsExactly(rosa.id(), eva.id());
    }
}
