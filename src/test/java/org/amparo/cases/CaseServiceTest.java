package org.amparo.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amparo.clients.Client;
import org.amparo.clients.InvalidClientException;
import org.amparo.clients.StaleEditException;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.IceCheckin;
import org.amparo.facts.Immigration;
import org.amparo.facts.Person;
import org.amparo.facts.VawaFacts;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.amparo.screening.SyntheticFacts;
import org.amparo.security.AuditAction;
import org.amparo.security.DataKind;
import org.amparo.security.TestSecurity.RecordingAuditLog.Entry;
import org.junit.jupiter.api.Test;

class CaseServiceTest {

    private final CaseStoreFixture f = new CaseStoreFixture();

    private long client(String given, String family) throws StaleEditException {
        return f.clients.save(Client.newClient(CaseStoreFixture.person(given, family))).id();
    }

    private CaseInfo draft(long clientId, String number) {
        return new CaseInfo(null, clientId, number, Set.of(Relief.u_visa), CaseStatus.OPEN, "ana.advocate", null,
                "main", LocalDate.of(2026, 5, 1), null, 0);
    }

    @Test
    void openCaseNumbersBlankCasesAndRefusesATakenNumber() throws Exception {
        long id = client("Rosa", "Ejemplo");
        CaseInfo first = f.service.openCase(draft(id, ""));
        CaseInfo typed = f.service.openCase(draft(id, "2026-0002"));
        CaseInfo third = f.service.openCase(draft(id, null));

        assertThat(first.caseNumber()).isEqualTo("2026-0001");
        assertThat(typed.caseNumber()).isEqualTo("2026-0002");
        assertThat(third.caseNumber()).as("a typed number is skipped").isEqualTo("2026-0003");
        assertThat(f.service.casesOf(id)).extracting(CaseInfo::id).containsExactly(first.id(), typed.id(), third.id());
        assertThat(f.service.findCaseByNumber("2026-0002")).contains(typed);
        assertThatThrownBy(() -> f.service.openCase(draft(id, "2026-0001")))
                .hasMessageContaining("already used");
    }

    @Test
    void saveCaseBumpsTheVersionAndRefusesAStaleCopy() throws Exception {
        CaseInfo opened = f.service.openCase(draft(client("Rosa", "Ejemplo"), ""));
        CaseInfo closed = new CaseInfo(opened.id(), opened.clientId(), opened.caseNumber(),
                Set.of(Relief.t_visa, Relief.asylum), CaseStatus.CLOSED, "ana.advocate", "luz.attorney", "main",
                opened.openedOn(), LocalDate.of(2026, 5, 30), opened.version());

        CaseInfo saved = f.service.saveCase(closed);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.reliefPursued()).containsExactlyInAnyOrder(Relief.t_visa, Relief.asylum);
        assertThat(saved.status()).isEqualTo(CaseStatus.CLOSED);
        assertThatThrownBy(() -> f.service.saveCase(closed)).isInstanceOf(StaleEditException.class)
                .hasMessageContaining("changed by someone else");
    }

    @Test
    void saveSectionReplacesOneSectionAndRefusesAStaleVersion() throws Exception {
        ImportedCase ic = f.service.importDocuments(List.of(new SyntheticFacts(5, 0.0).next(1)), "main").get(0);
        FactsSnapshot before = f.service.facts(ic.clientId());
        Immigration edited = new Immigration(Immigration.EntryManner.EWI, null, LocalDate.of(2019, 4, 2), false,
                null, null, Immigration.CurrentStatus.none, null, null, false, null, null, null, null, List.of(),
                null, null, null);
        FactsDocument source = new FactsDocument(FactsDocument.SCHEMA_ID, "x", null, null, edited, null, null, null,
                null, null, null, null, null, null, null, null, null);

        FactsSnapshot after = f.service.saveSection(ic.clientId(), FactSection.IMMIGRATION, source,
                before.version(FactSection.IMMIGRATION));

        assertThat(after.facts().immigration()).isEqualTo(edited);
        assertThat(after.version(FactSection.IMMIGRATION)).isEqualTo(before.version(FactSection.IMMIGRATION) + 1);
        assertThat(after.facts().criminal()).as("other sections untouched").isEqualTo(before.facts().criminal());
        assertThat(after.version(FactSection.CRIMINAL)).isEqualTo(before.version(FactSection.CRIMINAL));
        assertThatThrownBy(() -> f.service.saveSection(ic.clientId(), FactSection.IMMIGRATION, source,
                before.version(FactSection.IMMIGRATION))).isInstanceOf(StaleEditException.class)
                .hasMessageContaining("immigration facts were changed by someone else");
        assertThat(f.service.facts(ic.clientId()).facts().immigration()).isEqualTo(edited);
    }

    @Test
    void savingANullSectionMakesItUnknownAndPersonIsRefused() throws Exception {
        ImportedCase ic = f.service.importDocuments(List.of(new SyntheticFacts(5, 0.0).next(1)), "main").get(0);
        FactsSnapshot before = f.service.facts(ic.clientId());
        FactsDocument empty = CaseStoreFixture.onlyPerson("x", null);

        FactsSnapshot after = f.service.saveSection(ic.clientId(), FactSection.FAMILY, empty,
                before.version(FactSection.FAMILY));

        assertThat(before.facts().familyMembers()).isNotNull();
        assertThat(after.facts().familyMembers()).isNull();
        assertThatThrownBy(() -> f.service.saveSection(ic.clientId(), FactSection.PERSON, empty, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ClientService");
    }

    @Test
    void aFailedImportStoresNothingEvenAfterEarlierChunksWereWritten() {
        SyntheticFacts synthetic = new SyntheticFacts(9, 0.2);
        List<FactsDocument> docs = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            docs.add(synthetic.next(i));
        }
        docs.add(CaseStoreFixture.onlyPerson("nameless", CaseStoreFixture.person(null, null)));

        assertThatThrownBy(() -> f.service.importDocuments(docs, "main")).isInstanceOf(InvalidClientException.class);

        assertThat(f.clients.count()).isZero();
        List<CaseFacts> open = new ArrayList<>();
        f.service.forEachOpenCase(100, open::addAll);
        assertThat(open).isEmpty();
    }

    @Test
    void aDatabaseRefusalMidImportRollsBackTheClientsAlreadyWritten() {
        VawaFacts tooLong = new VawaFacts(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, List.of("x".repeat(600)), null, null);
        FactsDocument good = CaseStoreFixture.onlyPerson("good", CaseStoreFixture.person("Ana", "Prueba"));
        FactsDocument bad = new FactsDocument(FactsDocument.SCHEMA_ID, "bad", null,
                CaseStoreFixture.person("Eva", "Prueba"), null, null, null, null, null, tooLong, null, null, null,
                null, null, null, null);

        assertThatThrownBy(() -> f.service.importDocuments(List.of(good, bad), "main"))
                .isInstanceOf(RuntimeException.class);

        assertThat(f.clients.count()).isZero();
    }

    @Test
    void aVolunteerGetsProtectedSectionsAndTheANumberAsUnknownAndOnlyHerCases() throws Exception {
        Person withA = new Person("Rosa", "Ejemplo", null, List.of(), null, null, List.of(), List.of(), "A012345678",
                List.of(), List.of(), null, null);
        FactsDocument full = new SyntheticFacts(21, 0.0).next(1);
        FactsDocument doc = new FactsDocument(full.schema(), "r", null, withA, full.immigration(), full.criminal(),
                full.conduct(), full.u(), full.t(), full.vawa(), full.familyMembers(), full.courtEvents(),
                full.iceCheckins(), full.asylum(), full.sijs(), full.factsSources(), full.extensions());
        ImportedCase ic = f.service.importDocuments(List.of(doc), "main").get(0);
        CaseService volunteer = f.as(CaseStoreFixture.denying("vera.volunteer",
                EnumSet.of(DataKind.IMMIGRATION_STATUS, DataKind.PROTECTED_1367)));

        FactsDocument seen = volunteer.facts(ic.clientId()).facts();

        assertThat(seen.immigration()).isNull();
        assertThat(seen.u()).isNull();
        assertThat(seen.t()).isNull();
        assertThat(seen.vawa()).isNull();
        assertThat(seen.person().aNumber()).isNull();
        assertThat(seen.person().givenName()).isEqualTo("Rosa");
        assertThat(seen.criminal()).isEqualTo(full.criminal());
        assertThat(f.service.facts(ic.clientId()).facts().person().aNumber()).isEqualTo("A012345678");
        assertThat(volunteer.findCase(ic.caseId())).as("not assigned to her").isEmpty();
        List<CaseFacts> streamed = new ArrayList<>();
        volunteer.forEachOpenCase(10, streamed::addAll);
        assertThat(streamed).isEmpty();
        assertThatThrownBy(() -> volunteer.saveSection(ic.clientId(), FactSection.VAWA, doc, 0))
                .isInstanceOf(org.amparo.security.AccessDeniedException.class);
    }

    @Test
    void writesAndProtectedReadsAreAudited() throws Exception {
        long id = client("Rosa", "Ejemplo");
        CaseInfo opened = f.service.openCase(draft(id, ""));
        ImportedCase ic = f.service.importDocuments(List.of(new SyntheticFacts(5, 0.0).next(1)), "main").get(0);
        FactsSnapshot snap = f.service.facts(ic.clientId());
        f.service.saveSection(ic.clientId(), FactSection.CONDUCT, snap.facts(), snap.version(FactSection.CONDUCT));
        ScreeningRun run = f.service.recordScreenings(run(), List.of());

        assertThat(f.audit.entries()).containsSubsequence(
                new Entry(AuditAction.CREATE, "client_case", String.valueOf(opened.id())),
                new Entry(AuditAction.IMPORT, "client_case", String.valueOf(ic.caseId())),
                new Entry(AuditAction.READ_PROTECTED, "client", String.valueOf(ic.clientId())),
                new Entry(AuditAction.UPDATE, "facts_conduct", String.valueOf(ic.clientId())),
                new Entry(AuditAction.RESCREEN, "screening_run", String.valueOf(run.id())));
    }

    private static ScreeningRun run() {
        return new ScreeningRun(null, Instant.parse("2026-06-01T10:00:00Z"), LocalDate.of(2026, 6, 1),
                List.of("eo14159_2025", "dhs2021_mayorkas"), "manual", "ana.advocate", 0);
    }

    @Test
    void recordedScreeningsMakeTheHistoryNewestFirstAndTheLatestRidesWithTheStream() throws Exception {
        List<ImportedCase> ics = f.service.importDocuments(List.of(new SyntheticFacts(5, 0.0).next(1),
                new SyntheticFacts(6, 0.0).next(2)), "main");
        long a = ics.get(0).caseId();
        long b = ics.get(1).caseId();
        ScreeningRun r1 = f.service.recordScreenings(run(), List.of(screening(a, FrameworkOutcome.PRIORITY, null),
                screening(b, FrameworkOutcome.NOT_PRIORITY, LocalDate.of(2026, 7, 1))));
        ScreeningRun r2 = f.service.recordScreenings(run(), List.of(screening(a, FrameworkOutcome.NEEDS_REVIEW,
                LocalDate.of(2026, 6, 20))));

        List<CaseScreening> history = f.service.history(a);

        assertThat(r1.casesScreened()).isEqualTo(2);
        assertThat(history).extracting(CaseScreening::runId).containsExactly(r2.id(), r1.id());
        assertThat(history.get(0)).isEqualTo(withRun(screening(a, FrameworkOutcome.NEEDS_REVIEW,
                LocalDate.of(2026, 6, 20)), r2.id()));
        Map<Long, CaseScreening> previous = new java.util.HashMap<>();
        f.service.forEachOpenCase(1, chunk -> chunk.forEach(c -> previous.put(c.caseId(), c.previous())));
        assertThat(previous.get(a).runId()).isEqualTo(r2.id());
        assertThat(previous.get(b)).isEqualTo(withRun(screening(b, FrameworkOutcome.NOT_PRIORITY,
                LocalDate.of(2026, 7, 1)), r1.id()));
    }

    static CaseScreening screening(long caseId, FrameworkOutcome inForce, LocalDate deadline) {
        return new CaseScreening(caseId, 0, Instant.parse("2026-06-01T10:00:01Z"), LocalDate.of(2026, 6, 1),
                Map.of("eo14159_2025", inForce, "dhs2021_mayorkas", FrameworkOutcome.NOT_PRIORITY),
                Map.of(Relief.u_visa, ReliefOutcome.LIKELY_ELIGIBLE, Relief.sijs, ReliefOutcome.NOT_APPLICABLE),
                "eo14159_2025", deadline, deadline == null ? null : "Demo deadline");
    }

    static CaseScreening withRun(CaseScreening s, long runId) {
        return new CaseScreening(s.caseId(), runId, s.screenedAt(), s.asOf(), s.frameworks(), s.relief(),
                s.inForceFramework(), s.nextDeadline(), s.nextDeadlineLabel());
    }

    @Test
    void eventsBetweenListsCourtDatesAndCheckInsOfActiveCasesByDate() throws Exception {
        CourtEvent inside = new CourtEvent("ce-1", LocalDate.of(2026, 6, 10), CourtEvent.CourtType.family,
                "Example Courthouse", "Example County", "CA", null, null, null, null, null, null, null, null);
        CourtEvent outside = new CourtEvent("ce-2", LocalDate.of(2026, 8, 10), CourtEvent.CourtType.family,
                "Example Courthouse", "Example County", "CA", null, null, null, null, null, null, null, null);
        IceCheckin checkin = new IceCheckin("ice-1", LocalDate.of(2026, 6, 5), "Example Field Office",
                IceCheckin.Type.ATD);
        FactsDocument active = withEvents("active", List.of(inside, outside), List.of(checkin));
        FactsDocument closed = withEvents("closed", List.of(inside), List.of());
        List<ImportedCase> ics = f.service.importDocuments(List.of(active, closed), "main");
        CaseInfo closedCase = f.service.findCase(ics.get(1).caseId()).orElseThrow();
        f.service.saveCase(new CaseInfo(closedCase.id(), closedCase.clientId(), closedCase.caseNumber(), Set.of(),
                CaseStatus.CLOSED, null, null, "main", closedCase.openedOn(), LocalDate.of(2026, 6, 1), 0));

        List<ScheduledEvent> events = f.service.eventsBetween(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));

        assertThat(events).extracting(ScheduledEvent::ref).containsExactly("ice-1", "ce-1");
        assertThat(events.get(0).clientDisplayName()).isEqualTo("Prueba-active, Ana");
        assertThat(events.get(1).kind()).isEqualTo(ScheduledEvent.Kind.COURT_EVENT);
        assertThat(events.get(1).courtType()).isEqualTo("family");
    }

    private static FactsDocument withEvents(String ref, List<CourtEvent> events, List<IceCheckin> checkins) {
        return new FactsDocument(FactsDocument.SCHEMA_ID, ref, null, CaseStoreFixture.person("Ana", "Prueba-" + ref),
                null, null, null, null, null, null, null, events, checkins, null, null, null, null);
    }
}
