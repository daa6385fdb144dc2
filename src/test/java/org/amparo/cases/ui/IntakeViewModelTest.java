package org.amparo.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.FactSection;
import org.amparo.clients.Client;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.facts.Immigration.EntryManner;
import org.amparo.facts.VawaFacts;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.testing.InMemoryCaseService;
import org.amparo.testing.InMemoryClientService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntakeViewModelTest {

    private final InMemoryClientService clients = new InMemoryClientService();
    private final InMemoryCaseService cases = new InMemoryCaseService(clients);
    private final List<Long> finished = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();
    private long clientId;
    private long caseId;

    @BeforeEach
    void newClientWithAnIntakeCase() throws Exception {
        clientId = clients.save(Client.newClient(CaseViewModelTest.person("Lucía", "Prueba"))).id();
        caseId = cases.openCase(new CaseInfo(null, clientId, "", Set.of(), CaseStatus.INTAKE, "ana", null, "main",
                LocalDate.of(2026, 3, 1), null, 0)).id();
    }

    private IntakeViewModel intake(Locale locale) {
        IntakeViewModel intake = new IntakeViewModel(cases, clients, SyncTaskRunner.immediate(),
                new Messages(locale), CaseViewModelTest.TODAY, caseId);
        intake.setCallbacks(finished::add, () -> closed.add("closed"));
        intake.load();
        return intake;
    }

    private static FactInput input(IntakeViewModel intake, String path) {
        return intake.formProperty().get().inputAt(path).orElseThrow();
    }

    @Test
    void theInterviewGoesInTheOrderOfAConversation() {
        IntakeViewModel intake = intake(Locale.ENGLISH);
        List<IntakeStep> seen = new ArrayList<>();
        seen.add(intake.stepProperty().get());
        while (!intake.lastProperty().get()) {
            intake.next();
            seen.add(intake.stepProperty().get());
        }
        assertThat(seen).containsExactly(IntakeStep.ABOUT_HER, IntakeStep.FAMILY, IntakeStep.ABUSE, IntakeStep.CRIME,
                IntakeStep.TRAFFICKING, IntakeStep.IMMIGRATION, IntakeStep.RECORD, IntakeStep.COURT);
        assertThat(intake.progressProperty().get()).isEqualTo("Step 8 of 8");
    }

    @Test
    void questionsAreAskedInPlainSpanishToo() {
        IntakeViewModel intake = intake(Locale.forLanguageTag("es"));
        intake.next();
        intake.next();
        assertThat(intake.messages().get(input(intake, "$.vawa.resided_with_abuser_ever").field().questionKey()))
                .isEqualTo("¿Vivió alguna vez con esa persona?");
    }

    @Test
    void everyAnswerSavesTheDraftAndAReopenedIntakeResumesAtTheSavedStep() {
        IntakeViewModel intake = intake(Locale.ENGLISH);
        intake.next();
        intake.next();
        int before = cases.draftSaves;
        input(intake, "$.vawa.resided_with_abuser_ever").choiceProperty().set(true);
        assertThat(cases.draftSaves).isEqualTo(before + 1);
        assertThat(cases.intakeDraft(caseId).orElseThrow().step()).isEqualTo("ABUSE");
        assertThat(cases.intakeDraft(caseId).orElseThrow().factsJson()).contains("\"resided_with_abuser_ever\":true");

        IntakeViewModel reopened = intake(Locale.ENGLISH);
        assertThat(reopened.stepProperty().get()).isEqualTo(IntakeStep.ABUSE);
        assertThat(input(reopened, "$.vawa.resided_with_abuser_ever").choiceProperty().get()).isEqualTo(true);
        assertThat(input(reopened, "$.vawa.abuser_status").choiceProperty().get()).as("unanswered stays unknown")
                .isNull();
    }

    @Test
    void nextWaitsUntilTheStepsAnswersAreValid() {
        IntakeViewModel intake = intake(Locale.ENGLISH);
        input(intake, "$.person.dob").textProperty().set("2030-01-01");
        intake.next();
        assertThat(intake.stepProperty().get()).isEqualTo(IntakeStep.ABOUT_HER);
        assertThat(intake.messageProperty().get()).isEqualTo("Fix the answers marked in red before going on.");
        input(intake, "$.person.dob").textProperty().set("4/17/1990");
        intake.next();
        assertThat(intake.stepProperty().get()).isEqualTo(IntakeStep.FAMILY);
        intake.back();
        assertThat(intake.stepProperty().get()).isEqualTo(IntakeStep.ABOUT_HER);
    }

    @Test
    void finishingSavesTheSectionsOpensTheCaseClearsTheDraftAndShowsTheCase() {
        IntakeViewModel intake = intake(Locale.ENGLISH);
        input(intake, "$.person.preferred_name").textProperty().set("Lucy");
        intake.next();
        FactList family = intake.formProperty().get().list("$.family_members").orElseThrow();
        family.add();
        input(intake, "$.family_members[0].relationship").choiceProperty().set("child");
        input(intake, "$.family_members[0].dob").textProperty().set("5/1/2015");
        intake.next();
        input(intake, "$.vawa.abuser_relationship").choiceProperty().set("spouse");
        while (!intake.lastProperty().get()) {
            intake.next();
        }
        intake.finish();

        FactsDocument facts = cases.facts(clientId).facts();
        assertThat(facts.familyMembers()).hasSize(1);
        assertThat(facts.familyMembers().get(0).ref()).isEqualTo("fm-1");
        assertThat(facts.vawa().abuserRelationship()).isEqualTo(VawaFacts.AbuserRelationship.spouse);
        assertThat(facts.u()).as("sections never answered are not written").isNull();
        assertThat(cases.facts(clientId).version(FactSection.U)).isZero();
        assertThat(clients.find(clientId).orElseThrow().person().preferredName()).isEqualTo("Lucy");
        assertThat(cases.findCase(caseId).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(cases.intakeDraft(caseId)).isEmpty();
        assertThat(closed).hasSize(1);
        assertThat(finished).containsExactly(caseId);
    }

    @Test
    void aStaleSectionStopsTheFinishAndKeepsTheDraft() {
        IntakeViewModel intake = intake(Locale.ENGLISH);
        intake.next();
        intake.next();
        input(intake, "$.vawa.abuser_relationship").choiceProperty().set("spouse");
        cases.bumpVersion(clientId, FactSection.VAWA);
        intake.finish();
        assertThat(intake.messageProperty().get()).startsWith("Someone else changed her facts meanwhile.");
        assertThat(cases.intakeDraft(caseId)).isPresent();
        assertThat(cases.findCase(caseId).orElseThrow().status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(finished).isEmpty();
    }

    private void someoneElseSetsTheAbuserRelationship(String relationship) throws Exception {
        ObjectNode tree = FactsJson.mapper().valueToTree(cases.facts(clientId).facts());
        ObjectNode vawa = tree.putObject("vawa");
        vawa.put("abuser_relationship", relationship);
        cases.saveSection(clientId, FactSection.VAWA, FactsJson.mapper().treeToValue(tree, FactsDocument.class),
                cases.facts(clientId).version(FactSection.VAWA));
    }

    private IntakeViewModel answeredAbuseAndImmigration() {
        IntakeViewModel intake = intake(Locale.ENGLISH);
        intake.next();
        intake.next();
        input(intake, "$.vawa.abuser_relationship").choiceProperty().set("spouse");
        while (intake.stepProperty().get() != IntakeStep.IMMIGRATION) {
            intake.next();
        }
        input(intake, "$.immigration.entry_manner").choiceProperty().set("EWI");
        return intake;
    }

    @Test
    void theDraftKeepsTheVersionsItsAnswersWereBasedOn() {
        answeredAbuseAndImmigration();

        assertThat(cases.intakeDraft(caseId).orElseThrow().baseVersions()).containsEntry(FactSection.VAWA, 0)
                .containsEntry(FactSection.IMMIGRATION, 0)
                .containsEntry(FactSection.PERSON, clients.find(clientId).orElseThrow().version());
    }

    @Test
    void aResumedDraftNeverOverwritesAnEditMadeSinceAndReloadTakesIt() throws Exception {
        answeredAbuseAndImmigration().closing();
        someoneElseSetsTheAbuserRelationship("parent");

        IntakeViewModel resumed = intake(Locale.ENGLISH);
        assertThat(resumed.staleProperty().get()).as("said at once when resuming").isTrue();
        assertThat(resumed.messageProperty().get()).startsWith("Someone else changed her facts since this draft");
        resumed.finish();

        assertThat(resumed.messageProperty().get()).startsWith("Someone else changed her facts meanwhile.")
                .contains("Reload her stored facts");
        assertThat(cases.facts(clientId).facts().vawa().abuserRelationship())
                .as("their edit is not overwritten").isEqualTo(VawaFacts.AbuserRelationship.parent);
        assertThat(cases.facts(clientId).facts().immigration()).as("nothing stored").isNull();
        assertThat(cases.findCase(caseId).orElseThrow().status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(cases.intakeDraft(caseId)).isPresent();

        resumed.reload();
        assertThat(resumed.staleProperty().get()).isFalse();
        assertThat(resumed.messageProperty().get()).startsWith("Her stored facts were reloaded");
        resumed.finish();

        FactsDocument facts = cases.facts(clientId).facts();
        assertThat(facts.vawa().abuserRelationship()).isEqualTo(VawaFacts.AbuserRelationship.parent);
        assertThat(facts.immigration().entryManner()).as("her other answers stay").isEqualTo(EntryManner.EWI);
        assertThat(cases.findCase(caseId).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(finished).containsExactly(caseId);
    }

    @Test
    void herRecordSavedMeanwhileStopsTheFinishOfAChangedPreferredName() {
        IntakeViewModel intake = intake(Locale.ENGLISH);
        input(intake, "$.person.preferred_name").textProperty().set("Lucy");
        clients.bumpVersion(clientId);
        intake.finish();

        assertThat(intake.messageProperty().get()).startsWith("Someone else changed her facts meanwhile.");
        assertThat(intake.staleProperty().get()).isTrue();
        assertThat(clients.find(clientId).orElseThrow().person().preferredName()).isNull();
        assertThat(cases.findCase(caseId).orElseThrow().status()).isEqualTo(CaseStatus.INTAKE);
    }
}
