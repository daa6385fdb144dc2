package org.amparo.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.ConflictWarning;
import org.amparo.cases.FactSection;
import org.amparo.clients.Client;
import org.amparo.facts.FactSource;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.screening.StandardScreening;
import org.amparo.testing.FakeDialogService;
import org.amparo.testing.InMemoryCaseService;
import org.amparo.testing.InMemoryClientService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case view's Sources and Extensions sections, without the FX toolkit. */
class SourcesAndExtensionsViewModelTest {

    private final InMemoryClientService clients = new InMemoryClientService();
    private final InMemoryCaseService cases = new InMemoryCaseService(clients);
    private long clientId;
    private long caseId;

    @BeforeEach
    void aCase() throws Exception {
        clientId = clients.save(Client.newClient(CaseViewModelTest.person("Rosa", "Ejemplo"))).id();
        caseId = cases.openCase(new CaseInfo(null, clientId, "", Set.of(), CaseStatus.OPEN, "ana", null, "main",
                LocalDate.of(2026, 2, 1), null, 0)).id();
    }

    private CaseViewModel open(Locale locale) {
        Messages messages = new Messages(locale);
        CaseViewModel view = new CaseViewModel(cases, clients, StandardScreening.create(), facts -> facts,
                new ConflictWarning(cases, messages), SyncTaskRunner.immediate(), new FakeDialogService(), messages,
                CaseViewModelTest.TODAY, (id, onSaved) -> { }, caseId);
        view.load();
        return view;
    }

    @Test
    void aSourceSetOnAFactIsSavedWithTheSectionsVersionAndReadBack() {
        CaseViewModel view = open(Locale.ENGLISH);
        CaseSection section = view.section(FactSection.SOURCES);
        view.sources().set("$.vawa.abuser_relationship", FactSource.abuser);
        view.sources().set("$.immigration.entry_manner", FactSource.document);
        assertThat(section.dirtyProperty().get()).isTrue();

        view.save(FactSection.SOURCES);

        assertThat(cases.facts(clientId).facts().factsSources()).containsExactly(
                java.util.Map.entry("$.vawa.abuser_relationship", FactSource.abuser),
                java.util.Map.entry("$.immigration.entry_manner", FactSource.document));
        assertThat(cases.facts(clientId).version(FactSection.SOURCES)).isEqualTo(1);
        assertThat(section.dirtyProperty().get()).isFalse();
        CaseViewModel reopened = open(Locale.ENGLISH);
        assertThat(reopened.sources().sourceOf("$.vawa.abuser_relationship")).contains(FactSource.abuser);
        assertThat(reopened.sources().label("$.vawa.abuser_relationship"))
                .isEqualTo("Abuse (VAWA) › Abuser's relationship to her");
    }

    @Test
    void changingAndRemovingASourceAndAStaleSaveAreLikeAnyOtherSection() {
        CaseViewModel view = open(Locale.ENGLISH);
        view.sources().set("$.u.helpfulness", FactSource.client);
        view.sources().set("$.u.helpfulness", FactSource.agency);
        assertThat(view.sources().entries()).containsExactly(new SourcesForm.Entry("$.u.helpfulness",
                FactSource.agency));
        cases.bumpVersion(clientId, FactSection.SOURCES);

        view.save(FactSection.SOURCES);

        assertThat(view.section(FactSection.SOURCES).messageProperty().get())
                .startsWith("Someone else saved this section while you were editing.");
        assertThat(cases.facts(clientId).facts().factsSources()).isNullOrEmpty();
        view.sources().remove("$.u.helpfulness");
        assertThat(view.sources().entries()).isEmpty();
        assertThat(view.section(FactSection.SOURCES).dirtyProperty().get()).isFalse();
    }

    @Test
    void addingWithoutAFactOrSourceSaysWhatIsMissing() {
        CaseViewModel view = open(Locale.forLanguageTag("es"));
        view.sources().set(null, FactSource.client);
        assertThat(view.sources().errorProperty().get()).isEqualTo("Elija un dato y de dónde vino; luego agréguelo.");
        assertThat(view.sources().sourceLabel(FactSource.trafficker)).isEqualTo("El tratante");
    }

    @Test
    void extensionsAreNameAndJsonValueRowsSavedOnlyWhenValid() throws Exception {
        CaseViewModel view = open(Locale.ENGLISH);
        ExtensionsForm extensions = view.extensions();
        ExtensionsForm.Row row = extensions.add();
        row.keyProperty().set("org.example.intake_form");
        row.jsonProperty().set("{\"version\": 3, \"tags\": [\"walk-in\"]");

        assertThat(row.errorProperty().get()).startsWith("This value is not valid JSON (line 1, column");
        assertThat(view.section(FactSection.EXTENSIONS).validProperty().get()).isFalse();
        view.save(FactSection.EXTENSIONS);
        assertThat(view.section(FactSection.EXTENSIONS).messageProperty().get())
                .isEqualTo(view.messages().get("caseView.invalid"));
        assertThat(cases.facts(clientId).facts().extensions()).isNull();

        row.jsonProperty().set("{\"version\": 3, \"tags\": [\"walk-in\"]}");
        assertThat(row.errorProperty().get()).isEmpty();
        view.save(FactSection.EXTENSIONS);

        assertThat(cases.facts(clientId).facts().extensions()).isEqualTo(FactsJson.mapper().readTree(
                "{\"org.example.intake_form\": {\"version\": 3, \"tags\": [\"walk-in\"]}}"));
        ExtensionsForm reopened = open(Locale.ENGLISH).extensions();
        assertThat(reopened.rows()).hasSize(1);
        assertThat(reopened.rows().get(0).keyProperty().get()).isEqualTo("org.example.intake_form");
    }

    @Test
    void aMissingNameATwiceUsedNameABlankValueAndTrailingTextAreEachNamed() {
        ExtensionsForm extensions = open(Locale.ENGLISH).extensions();
        ExtensionsForm.Row first = extensions.add();
        first.jsonProperty().set("true");
        assertThat(first.errorProperty().get()).isEqualTo("Give this value a name.");
        first.keyProperty().set("a");
        ExtensionsForm.Row second = extensions.add();
        second.keyProperty().set(" a ");
        second.jsonProperty().set("1");
        assertThat(second.errorProperty().get()).isEqualTo("The name a is used twice; each name once.");
        second.keyProperty().set("b");
        second.jsonProperty().set("  ");
        assertThat(second.errorProperty().get()).isEqualTo("Enter a value (null for none).");
        second.jsonProperty().set("\"text\" 2");
        assertThat(second.errorProperty().get()).startsWith("This value is not valid JSON");
        second.jsonProperty().set("\"text\"");
        assertThat(extensions.validProperty().get()).isTrue();
        extensions.remove(first);
        assertThat(extensions.rows()).hasSize(1);
    }

    @Test
    void sourcesAndExtensionsStoredElsewhereShowWhenTheCaseOpens() throws Exception {
        FactsDocument stored = FactsJson.mapper().readValue("""
                {"schema": "amparo-facts/1", "ref": "x", "facts_sources": {"$.t.trafficking_type": "trafficker"},
                 "extensions": {"org.example.flag": null}}""", FactsDocument.class);
        cases.saveSection(clientId, FactSection.SOURCES, stored, 0);
        cases.saveSection(clientId, FactSection.EXTENSIONS, stored, 0);

        CaseViewModel view = open(Locale.ENGLISH);

        assertThat(view.sources().sourceOf("$.t.trafficking_type")).contains(FactSource.trafficker);
        assertThat(view.extensions().rows()).extracting(r -> r.jsonProperty().get()).containsExactly("null");
        assertThat(view.section(FactSection.SOURCES).dirtyProperty().get()).isFalse();
        assertThat(view.section(FactSection.EXTENSIONS).dirtyProperty().get()).isFalse();
    }
}
