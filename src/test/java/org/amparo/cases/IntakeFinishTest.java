package org.amparo.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amparo.clients.Client;
import org.amparo.clients.StaleEditException;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration;
import org.amparo.facts.Person;
import org.amparo.facts.VawaFacts;
import org.amparo.security.AuditAction;
import org.amparo.security.TestSecurity.RecordingAuditLog.Entry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finishing an intake on the real store: all of it, or (on a stale version or a refused row) none of it. */
class IntakeFinishTest {

    private static final Immigration EWI = new Immigration(Immigration.EntryManner.EWI, null, LocalDate.of(2019, 4, 2),
            false, null, null, Immigration.CurrentStatus.none, null, null, false, null, null, null, null, List.of(),
            null, null, null);

    private final CaseStoreFixture f = new CaseStoreFixture();
    private Client rosa;
    private CaseInfo intake;
    private IntakeDraft draft;

    @BeforeEach
    void aCaseInIntakeWithADraft() throws Exception {
        rosa = f.clients.save(Client.newClient(CaseStoreFixture.person("Rosa", "Ejemplo")));
        intake = f.service.openCase(new CaseInfo(null, rosa.id(), "2026-0077", Set.of(), CaseStatus.INTAKE,
                "ana.advocate", null, "main", LocalDate.of(2026, 5, 1), null, 0));
        draft = new IntakeDraft(intake.id(), "IMMIGRATION", "{\"schema\":\"amparo-facts/1\"}",
                Instant.parse("2026-06-01T10:00:00Z"), Map.of(FactSection.PERSON, rosa.version(),
                FactSection.IMMIGRATION, 0, FactSection.VAWA, 0));
        f.service.saveIntakeDraft(draft);
    }

    private Client renamed() {
        Person p = rosa.person();
        return new Client(rosa.id(), rosa.version(), new Person(p.givenName(), p.familyName(), "Rosita", p.aliases(),
                p.dob(), p.sex(), p.countriesOfCitizenship(), p.languages(), p.aNumber(), p.phones(), p.emails(),
                p.address(), p.safeContactNotes()));
    }

    private static FactsDocument answers(VawaFacts vawa) {
        return new FactsDocument(FactsDocument.SCHEMA_ID, "x", null, null, EWI, null, null, null, null, vawa, null,
                null, null, null, null, null, null);
    }

    private static VawaFacts vawaWithEvidence(String evidence) {
        return new VawaFacts(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, List.of(evidence), null, null);
    }

    private void assertNothingStored() {
        assertThat(f.clients.find(rosa.id()).orElseThrow()).as("her record unchanged").isEqualTo(rosa);
        assertThat(f.service.findCase(intake.id()).orElseThrow().status()).isEqualTo(CaseStatus.INTAKE);
        FactsSnapshot facts = f.service.facts(rosa.id());
        assertThat(facts.facts().immigration()).as("no facts").isNull();
        assertThat(facts.facts().vawa()).isNull();
        assertThat(facts.version(FactSection.IMMIGRATION)).isZero();
        assertThat(f.service.intakeDraft(intake.id())).as("the draft stays").contains(draft);
    }

    @Test
    void finishingStoresHerRecordTheSectionsAndOpensTheCaseAtOnce() throws Exception {
        CaseInfo opened = f.service.finishIntake(new IntakeFinish(intake.id(), intake.version(), renamed(),
                answers(vawaWithEvidence("police report")), Map.of(FactSection.IMMIGRATION, 0, FactSection.VAWA, 0)));

        assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(f.clients.find(rosa.id()).orElseThrow().person().preferredName()).isEqualTo("Rosita");
        FactsSnapshot facts = f.service.facts(rosa.id());
        assertThat(facts.facts().immigration()).isEqualTo(EWI);
        assertThat(facts.facts().vawa()).isEqualTo(vawaWithEvidence("police report"));
        assertThat(f.service.intakeDraft(intake.id())).isEmpty();
        assertThat(f.audit.entries()).contains(new Entry(AuditAction.UPDATE, "client", String.valueOf(rosa.id())),
                new Entry(AuditAction.UPDATE, "facts_immigration", String.valueOf(rosa.id())),
                new Entry(AuditAction.UPDATE, "client_case", String.valueOf(intake.id())),
                new Entry(AuditAction.DELETE, "intake_draft", String.valueOf(intake.id())));
    }

    @Test
    void aDraftSaveArrivingAfterTheIntakeFinishedKeepsNothing() throws Exception {
        f.service.finishIntake(new IntakeFinish(intake.id(), intake.version(), null, answers(null),
                Map.of(FactSection.IMMIGRATION, 0)));

        f.service.saveIntakeDraft(draft);

        assertThat(f.service.intakeDraft(intake.id())).isEmpty();
    }

    @Test
    void aStaleSectionAfterHerRecordAndAnotherSectionWereWrittenStoresNothing() {
        assertThatThrownBy(() -> f.service.finishIntake(new IntakeFinish(intake.id(), intake.version(), renamed(),
                answers(vawaWithEvidence("police report")), Map.of(FactSection.IMMIGRATION, 0, FactSection.VAWA, 3))))
                .isInstanceOf(StaleEditException.class)
                .hasMessage("These vawa facts were changed by someone else since they were opened; reopen them and "
                        + "apply the edit again.");

        assertNothingStored();
    }

    @Test
    void aRowTheDatabaseRefusesMidWayStoresNothing() {
        VawaFacts tooLong = vawaWithEvidence("x".repeat(600));

        assertThatThrownBy(() -> f.service.finishIntake(new IntakeFinish(intake.id(), intake.version(), renamed(),
                answers(tooLong), Map.of(FactSection.IMMIGRATION, 0, FactSection.VAWA, 0))))
                .isInstanceOf(RuntimeException.class).isNotInstanceOf(StaleEditException.class);

        assertNothingStored();
    }

    @Test
    void aCaseChangedMeanwhileOrAStaleRecordIsRefusedLikeAnyStaleSave() throws Exception {
        Client someoneElse = f.clients.save(renamed());

        assertThatThrownBy(() -> f.service.finishIntake(new IntakeFinish(intake.id(), intake.version(), renamed(),
                answers(null), Map.of(FactSection.IMMIGRATION, 0)))).isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Client " + rosa.id() + " was changed by someone else");
        assertThatThrownBy(() -> f.service.finishIntake(new IntakeFinish(intake.id(), intake.version() + 1, null,
                answers(null), Map.of(FactSection.IMMIGRATION, 0)))).isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Case 2026-0077 was changed by someone else");
        assertThat(f.service.facts(rosa.id()).facts().immigration()).isNull();
        assertThat(f.clients.find(rosa.id()).orElseThrow()).isEqualTo(someoneElse);
        assertThat(f.service.intakeDraft(intake.id())).contains(draft);
    }

    @Test
    void aDraftKeepsTheVersionsItWasBasedOn() {
        assertThat(f.service.intakeDraft(intake.id()).orElseThrow().baseVersions())
                .containsExactlyInAnyOrderEntriesOf(Map.of(FactSection.PERSON, rosa.version(),
                        FactSection.IMMIGRATION, 0, FactSection.VAWA, 0));
    }
}
