package org.amparo.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amparo.clients.Client;
import org.amparo.clients.StaleEditException;
import org.amparo.facts.Person;
import org.amparo.security.AuditAction;
import org.amparo.security.DataKind;
import org.amparo.security.TestSecurity.RecordingAuditLog.Entry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The conflict check, adverse parties, notes and intake drafts. */
class WorkspaceTest {

    private static final LocalDate ABUSER_DOB = LocalDate.of(1980, 1, 2);

    private final CaseStoreFixture f = new CaseStoreFixture();
    private CaseInfo rosasCase;
    private AdverseParty abuser;

    @BeforeEach
    void aCaseWithAnAbuser() throws Exception {
        long rosa = f.clients.save(Client.newClient(CaseStoreFixture.person("Rosa", "Ejemplo"))).id();
        f.clients.save(Client.newClient(new Person("Josefina", "Ramírez", null, List.of("Pepa"), ABUSER_DOB.plusDays(1),
                null, List.of(), List.of(), null, List.of(), List.of(), null, null)));
        rosasCase = f.service.openCase(new CaseInfo(null, rosa, "2026-0042", Set.of(), CaseStatus.OPEN,
                "ana.advocate", null, "main", LocalDate.of(2026, 5, 1), null, 0));
        abuser = f.service.saveAdverseParty(new AdverseParty(null, rosasCase.id(), AdverseParty.Role.ABUSER, "José",
                "Ramírez-Demo", List.of("Pepe Ramírez", "El Güero"), ABUSER_DOB, "former husband", 0));
    }

    @Test
    void theConflictCheckFindsTheAbuserByAnAccentlessAlias() {
        List<ConflictHit> hits = f.service.conflicts(new PersonQuery("pepe", "RAMIREZ", List.of(), null), 10);

        assertThat(hits).isNotEmpty();
        ConflictHit first = hits.get(0);
        assertThat(first.kind()).isEqualTo(ConflictHit.Kind.ADVERSE_PARTY);
        assertThat(first.partyRole()).isEqualTo(AdverseParty.Role.ABUSER);
        assertThat(first.caseId()).isEqualTo(rosasCase.id());
        assertThat(first.clientId()).isEqualTo(rosasCase.clientId());
        assertThat(first.matchedOn()).isEqualTo("alias; adverse party (abuser) on case 2026-0042");
    }

    @Test
    void nameAndBirthDateRankAboveAFamilyNameAlone() {
        List<ConflictHit> hits = f.service.conflicts(new PersonQuery("Jose", "Ramirez Demo", List.of(), ABUSER_DOB),
                10);

        assertThat(hits).extracting(ConflictHit::kind).startsWith(ConflictHit.Kind.ADVERSE_PARTY);
        assertThat(hits.get(0).matchedOn()).startsWith("name and date of birth;");
        assertThat(f.service.conflicts(new PersonQuery(null, null, List.of("el guero"), null), 10))
                .extracting(ConflictHit::displayName).containsExactly("Ramírez-Demo, José");
    }

    @Test
    void existingClientsAreFoundByNameAliasOrBirthDate() {
        List<ConflictHit> byAlias = f.service.conflicts(new PersonQuery("Pepa", null, List.of(), null), 10);
        List<ConflictHit> byDob = f.service.conflicts(new PersonQuery("Nadie", "Distinta", List.of(),
                ABUSER_DOB.plusDays(1)), 10);

        assertThat(byAlias).extracting(ConflictHit::displayName).containsExactly("Ramírez, Josefina");
        assertThat(byAlias.get(0).kind()).isEqualTo(ConflictHit.Kind.CLIENT);
        assertThat(byAlias.get(0).matchedOn()).isEqualTo("alias; already a client");
        assertThat(byDob).extracting(ConflictHit::matchedOn).containsExactly("date of birth; already a client");
        assertThat(f.service.conflicts(new PersonQuery("Nadie", "Distinta", List.of(), null), 10)).isEmpty();
    }

    @Test
    void withoutAccessToProtectedDataTheCheckShowsClientsOnly() {
        CaseService volunteer = f.as(CaseStoreFixture.denying("ana.advocate", EnumSet.of(DataKind.PROTECTED_1367)));

        assertThat(volunteer.conflicts(new PersonQuery("Pepe", "Ramirez", List.of(), null), 10))
                .extracting(ConflictHit::kind).doesNotContain(ConflictHit.Kind.ADVERSE_PARTY);
    }

    @Test
    void adversePartiesSaveWithVersionsAndAStaleEditIsRefused() throws Exception {
        AdverseParty renamed = new AdverseParty(abuser.id(), abuser.caseId(), abuser.role(), "José Luis",
                abuser.familyName(), List.of("Pepe Ramírez"), abuser.dob(), abuser.relationship(), abuser.version());

        AdverseParty saved = f.service.saveAdverseParty(renamed);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(f.service.adverseParties(rosasCase.id())).containsExactly(saved);
        assertThatThrownBy(() -> f.service.saveAdverseParty(renamed)).isInstanceOf(StaleEditException.class);
        assertThat(f.service.conflicts(new PersonQuery(null, null, List.of("El Guero"), null), 10))
                .as("the removed alias no longer matches").isEmpty();
    }

    @Test
    void notesAreListedOldestFirstAndEditedWithVersions() throws Exception {
        CaseNote first = f.service.saveNote(new CaseNote(null, rosasCase.id(), "Primera cita.", null, null, 0));
        CaseNote second = f.service.saveNote(new CaseNote(null, rosasCase.id(), "Second visit.", null, null, 0));
        CaseNote edited = f.service.saveNote(new CaseNote(first.id(), first.caseId(), "Primera cita (corregida).",
                first.author(), first.createdAt(), first.version()));

        assertThat(first.author()).isEqualTo("ana.advocate");
        assertThat(f.service.notes(rosasCase.id())).containsExactly(edited, second);
        assertThat(edited.version()).isEqualTo(1);
        assertThatThrownBy(() -> f.service.saveNote(first)).isInstanceOf(StaleEditException.class);
    }

    @Test
    void theIntakeDraftIsReplacedOnEverySaveAndClearedAtTheEnd() {
        CaseInfo intake = f.service.openCase(new CaseInfo(null, rosasCase.clientId(), "2026-0043", Set.of(),
                CaseStatus.INTAKE, "ana.advocate", null, "main", LocalDate.of(2026, 5, 2), null, 0));
        Instant t1 = Instant.parse("2026-06-01T10:00:00Z");
        f.service.saveIntakeDraft(new IntakeDraft(intake.id(), "immigration", "{\"schema\":\"amparo-facts/1\"}", t1));
        IntakeDraft later = new IntakeDraft(intake.id(), "criminal", "{\"ref\":\"x\"", t1.plusSeconds(30));
        f.service.saveIntakeDraft(later);

        assertThat(f.service.intakeDraft(intake.id())).contains(later);
        f.service.clearIntakeDraft(intake.id());
        assertThat(f.service.intakeDraft(intake.id())).isEmpty();
        assertThat(f.audit.entries()).contains(new Entry(AuditAction.UPDATE, "intake_draft",
                String.valueOf(intake.id())), new Entry(AuditAction.DELETE, "intake_draft",
                String.valueOf(intake.id())), new Entry(AuditAction.CREATE, "adverse_party",
                String.valueOf(abuser.id())));
    }

    @Test
    void aCaseOutOfIntakeKeepsNoDraft() {
        f.service.saveIntakeDraft(new IntakeDraft(rosasCase.id(), "immigration", "{}",
                Instant.parse("2026-06-01T10:00:00Z")));

        assertThat(f.service.intakeDraft(rosasCase.id())).as("her case is open, not in intake").isEmpty();
    }

    @Test
    void aCaseTheUserMayNotSeeIsReportedMissing() {
        CaseService other = f.as(CaseStoreFixture.denying("someone.else", EnumSet.noneOf(DataKind.class)));

        assertThatThrownBy(() -> other.notes(rosasCase.id())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no case " + rosasCase.id() + ".");
    }
}
