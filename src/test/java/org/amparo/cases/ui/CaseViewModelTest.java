package org.amparo.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.ConflictWarning;
import org.amparo.cases.FactSection;
import org.amparo.clients.Client;
import org.amparo.facts.Person;
import org.amparo.facts.UFacts;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.StandardScreening;
import org.amparo.testing.FakeDialogService;
import org.amparo.testing.InMemoryCaseService;
import org.amparo.testing.InMemoryClientService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseViewModelTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private final InMemoryClientService clients = new InMemoryClientService();
    private final InMemoryCaseService cases = new InMemoryCaseService(clients);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final List<Long> clientFormsOpened = new ArrayList<>();
    private long clientId;
    private CaseViewModel view;

    static Person person(String given, String family) {
        return new Person(given, family, null, List.of(), LocalDate.of(1990, 4, 17), Person.Sex.F, List.of(),
                List.of(), null, List.of(), List.of(), null, null);
    }

    @BeforeEach
    void openACase() throws Exception {
        clientId = clients.save(Client.newClient(person("Rosa", "Ejemplo"))).id();
        CaseInfo info = cases.openCase(new CaseInfo(null, clientId, "", Set.of(), CaseStatus.OPEN, "ana", null,
                "main", LocalDate.of(2026, 2, 1), null, 0));
        view = new CaseViewModel(cases, clients, StandardScreening.create(), facts -> facts,
                new ConflictWarning(cases, messages), SyncTaskRunner.immediate(), dialogs, messages, TODAY,
                (id, onSaved) -> clientFormsOpened.add(id), info.id());
        view.load();
    }

    private FactInput input(FactSection section, String path) {
        return view.section(section).form().inputAt(path).orElseThrow();
    }

    @Test
    void headerShowsHerNameAndTheCaseNumber() {
        assertThat(view.headingProperty().get()).isEqualTo("Ejemplo, Rosa · case 2026-0001");
    }

    @Test
    void savingASectionStoresItsAnswersAndClearsUnsaved() {
        CaseSection u = view.section(FactSection.U);
        input(FactSection.U, "$.u.helpfulness").choiceProperty().set("has_been");
        assertThat(u.dirtyProperty().get()).isTrue();
        view.save(FactSection.U);
        assertThat(cases.facts(clientId).facts().u().helpfulness()).isEqualTo(UFacts.Helpfulness.has_been);
        assertThat(cases.facts(clientId).version(FactSection.U)).isEqualTo(1);
        assertThat(u.dirtyProperty().get()).isFalse();
        assertThat(u.messageProperty().get()).isEqualTo("Saved.");
    }

    @Test
    void aStaleSaveIsRefusedWithAMessageAndOverwritesNothing() {
        cases.bumpVersion(clientId, FactSection.U);
        input(FactSection.U, "$.u.helpfulness").choiceProperty().set("has_been");
        view.save(FactSection.U);
        assertThat(view.section(FactSection.U).messageProperty().get())
                .startsWith("Someone else saved this section while you were editing.");
        assertThat(cases.facts(clientId).facts().u()).isNull();
        assertThat(view.section(FactSection.U).dirtyProperty().get()).as("her answers are kept").isTrue();
    }

    @Test
    void unknownStaysApartFromNoAndClearingEveryAnswerLeavesTheSectionUnknown() {
        FactInput info = input(FactSection.U, "$.u.has_information_about_crime");
        info.choiceProperty().set(false);
        view.save(FactSection.U);
        assertThat(cases.facts(clientId).facts().u().hasInformationAboutCrime()).isFalse();
        info.choiceProperty().set(null);
        view.save(FactSection.U);
        assertThat(cases.facts(clientId).facts().u()).as("nothing known about U any more").isNull();
    }

    @Test
    void aFamilyMemberBornAfterTodayIsRefusedAndTheSectionCannotBeSaved() {
        FactList family = view.section(FactSection.FAMILY).form().list("$.family_members").orElseThrow();
        family.add();
        assertThat(family.items().get(0).ref()).isEqualTo("fm-1");
        FactInput dob = input(FactSection.FAMILY, "$.family_members[0].dob");
        dob.textProperty().set("3/2/2026");
        assertThat(dob.errorProperty().get()).isEqualTo("A date of birth cannot be after today.");
        dob.textProperty().set("2025-02-30");
        assertThat(dob.errorProperty().get()).startsWith("Enter a real date");
        view.save(FactSection.FAMILY);
        assertThat(view.section(FactSection.FAMILY).messageProperty().get())
                .isEqualTo("Fix the answers marked in red first.");
        assertThat(cases.sectionSaves).isZero();
        dob.textProperty().set("2/28/2020");
        view.save(FactSection.FAMILY);
        assertThat(cases.facts(clientId).facts().familyMembers().get(0).dob()).isEqualTo(LocalDate.of(2020, 2, 28));
    }

    @Test
    void theScreeningPanelFollowsTheFactsAsTheyChange() {
        ReliefResult before = uVisa();
        FactList crimes = view.section(FactSection.U).form().list("$.u.crimes").orElseThrow();
        crimes.add();
        input(FactSection.U, "$.u.crimes[0].crime_type").choiceProperty().set("domestic_violence");
        input(FactSection.U, "$.u.crimes[0].location_us").choiceProperty().set(true);
        input(FactSection.U, "$.u.victim_role").choiceProperty().set("direct");
        ReliefResult after = uVisa();
        assertThat(after).isNotEqualTo(before);
        assertThat(after.outcome()).isNotEqualTo(ReliefResult.ReliefOutcome.NOT_APPLICABLE);
        assertThat(after.missingFacts()).contains("$.u.helpfulness");
        assertThat(view.section(FactSection.U).dirtyProperty().get()).as("screened before saving").isTrue();
    }

    private ReliefResult uVisa() {
        return view.screening().relief().stream().filter(r -> r.relief() == ReliefResult.Relief.u_visa)
                .findFirst().orElseThrow();
    }

    @Test
    void onlyTheFrameworkInForceShowsUntilTheOthersAreAskedFor() {
        assertThat(view.screening().frameworks()).hasSize(1);
        assertThat(view.screening().frameworks().get(0).inForceOnAsOf()).isTrue();
        view.screening().showAllFrameworksProperty().set(true);
        assertThat(view.screening().frameworks()).hasSizeGreaterThan(1);
        assertThat(view.screening().frameworks().get(0).inForceOnAsOf()).isTrue();
    }

    @Test
    void anUnknownShowsItsQuestionAndJumpsToTheFieldThatAnswersIt() {
        List<Question> questions = view.questions(List.of("$.u.helpfulness", "$.u.helpfulness",
                "$.family_members[0].dob", "$.person.dob"));
        assertThat(questions).extracting(Question::text).containsExactly(
                "Has she helped the police or prosecutors, or would she?",
                "When was this person born?",
                "When was she born?");
        view.answer(questions.get(0));
        assertThat(view.focusProperty().get().section()).isEqualTo(FactSection.U);
        assertThat(view.focusProperty().get().path()).isEqualTo("$.u.helpfulness");
        view.answer(questions.get(1));
        assertThat(view.focusProperty().get().path()).as("no member yet: the list, to add her")
                .isEqualTo("$.family_members");
        view.answer(questions.get(2));
        assertThat(clientFormsOpened).containsExactly(clientId);
    }

    @Test
    void aWholeObjectNamedMissingIsAnsweredByItsFirstField() {
        assertThat(view.target("$.u.certification")).contains("$.u.certification.agency");
        assertThat(view.target("$.t")).contains("$.t.trafficking_type");
    }

    @Test
    void anAdversePartyWhoIsAlreadyAClientWarnsAndGoBackSavesNothing() {
        AdversePartyForm form = view.adverseParties();
        form.givenNameProperty().set("Rosa");
        form.familyNameProperty().set("Ejemplo");
        dialogs.answerConfirmationsWith(false);
        form.save();
        assertThat(dialogs.confirmations).containsExactly("This person may already be known");
        assertThat(form.parties()).isEmpty();
        assertThat(form.messageProperty().get()).startsWith("Not saved");
        dialogs.answerConfirmationsWith(true);
        form.save();
        assertThat(form.parties()).hasSize(1);
    }
}
