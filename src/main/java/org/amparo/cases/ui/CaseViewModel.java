package org.amparo.cases.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.assistedinject.Assisted;
import com.google.inject.assistedinject.AssistedInject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseService;
import org.amparo.cases.ConflictWarning;
import org.amparo.cases.FactSection;
import org.amparo.cases.FactsSnapshot;
import org.amparo.clients.ClientService;
import org.amparo.clients.ClientSummary;
import org.amparo.clients.StaleEditException;
import org.amparo.courthouse.CourthouseFacts;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.facts.Person;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.screening.ScreeningEngine;

/**
 * The case view: the client's name, her facts by section (each saved on its own with its version; a stale save is
 * refused with a message and nothing is overwritten), the screening panel re-run as the facts change, and the
 * adverse parties. Every missing fact comes with its question and a way to jump to the field that answers it.
 */
public final class CaseViewModel {

    /** The sections the case view edits, in order (person is the client form's). */
    public static final List<FactSection> SECTIONS = List.of(FactSection.FAMILY, FactSection.VAWA, FactSection.U,
            FactSection.T, FactSection.IMMIGRATION, FactSection.ASYLUM, FactSection.SIJS, FactSection.CRIMINAL,
            FactSection.CONDUCT, FactSection.COURT_EVENTS, FactSection.ICE_CHECKINS);

    /** Makes the view model of one case. */
    public interface Factory {
        CaseViewModel create(long caseId);
    }

    /** Where the view should put the keyboard focus; {@code serial} makes a repeated request a new one. */
    public record FocusRequest(FactSection section, String path, long serial) { }

    private final CaseService cases;
    private final ClientService clients;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ClientEditing clientEditing;
    private final long caseId;
    private final FactCatalogue catalogue = FactCatalogue.standard();
    private final FactDates dates;
    private final ScreeningPanelModel screening;
    private final AdversePartyForm adverse;
    private final Map<FactSection, CaseSection> sections = new EnumMap<>(FactSection.class);
    private SourcesForm sources;
    private ExtensionsForm extensions;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<FocusRequest> focus = new ReadOnlyObjectWrapper<>();
    private ObjectNode tree;
    private long clientId;
    private long focusSerial;

    @AssistedInject
    public CaseViewModel(CaseService cases, ClientService clients, ScreeningEngine engine,
                         CourthouseFacts courthouse, ConflictWarning conflicts, TaskRunner tasks,
                         DialogService dialogs, Messages messages, Clock clock, ClientEditing clientEditing,
                         @Assisted long caseId) {
        this.cases = cases;
        this.clients = clients;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.clientEditing = clientEditing;
        this.caseId = caseId;
        this.dates = new FactDates(messages.locale());
        this.screening = new ScreeningPanelModel(engine, courthouse, tasks, messages, clock);
        this.adverse = new AdversePartyForm(cases, conflicts, tasks, dialogs, messages, clock);
    }

    private record Loaded(CaseInfo info, String clientName, FactsSnapshot facts,
                          List<org.amparo.cases.AdverseParty> parties) { }

    /** Reads the case, her name, her facts and the adverse parties off the FX thread, then screens. */
    public void load() {
        tasks.run(BackgroundTask.of("", context -> {
            CaseInfo info = cases.findCase(caseId).orElseThrow();
            Person person = clients.find(info.clientId()).map(c -> c.person()).orElse(null);
            String name = person == null ? "" : ClientSummary.displayName(person.givenName(), person.familyName(),
                    person.preferredName());
            return new Loaded(info, name, cases.facts(info.clientId()), storedParties());
        }).onSuccess(this::show).onFailure(Exception.class, e -> dialogs.error(messages.get("caseView.loadFailed"))));
    }

    /** The case's adverse parties; none while the store does not keep them yet. */
    private List<org.amparo.cases.AdverseParty> storedParties() {
        try {
            return cases.adverseParties(caseId);
        } catch (UnsupportedOperationException e) {
            return List.of();
        }
    }

    private void show(Loaded data) {
        clientId = data.info().clientId();
        heading.set(messages.get("caseView.heading", data.clientName(), data.info().caseNumber()));
        tree = FactsJson.mapper().valueToTree(data.facts().facts());
        sections.clear();
        for (FactSection section : SECTIONS) {
            CaseSection caseSection = new CaseSection(section, tree, data.facts().version(section));
            caseSection.attach(new FactForm(tree, catalogue.sectionFields(section), field -> true, catalogue,
                    messages, dates, () -> LocalDate.now(clock), () -> changed(caseSection)));
            sections.put(section, caseSection);
        }
        showSourcesAndExtensions(data.facts());
        adverse.show(caseId, data.parties());
        loaded.set(true);
        screening.runNow(tree);
    }

    /** The sources of her facts and the extensions: edited in the same tree, saved as their own sections. */
    private void showSourcesAndExtensions(FactsSnapshot facts) {
        CaseSection sourceSection = new CaseSection(FactSection.SOURCES, tree, facts.version(FactSection.SOURCES));
        sources = new SourcesForm(tree, catalogue, messages, s -> s == FactSection.PERSON
                ? messages.get("sources.person") : sectionTitle(s), () -> changed(sourceSection));
        sections.put(FactSection.SOURCES, sourceSection);
        CaseSection extensionSection = new CaseSection(FactSection.EXTENSIONS, tree,
                facts.version(FactSection.EXTENSIONS));
        extensions = new ExtensionsForm(tree, messages, () -> changed(extensionSection));
        extensionSection.attachCheck(() -> extensions.validProperty().get());
        sections.put(FactSection.EXTENSIONS, extensionSection);
    }

    private void changed(CaseSection section) {
        section.changed();
        screening.request(tree);
    }

    /** Saves one section with the version it was read at; a stale version is refused and nothing is overwritten. */
    public void save(FactSection section) {
        CaseSection target = sections.get(section);
        if (target == null || target.savingProperty().get()) {
            return;
        }
        if (!target.validProperty().get()) {
            target.failed(messages.get("caseView.invalid"));
            return;
        }
        FactsDocument document;
        try {
            document = FactsJson.mapper().treeToValue(tree, FactsDocument.class);
        } catch (Exception e) {
            target.failed(messages.get("caseView.saveFailed"));
            return;
        }
        target.saving(true);
        int version = target.version();
        tasks.run(BackgroundTask.of(messages.get("caseView.saving"),
                        context -> cases.saveSection(clientId, section, document, version))
                .onSuccess(snapshot -> target.saved(snapshot.version(section), messages.get("caseView.saved")))
                .onFailure(StaleEditException.class, e -> target.failed(messages.get("caseView.stale")))
                .onFailure(Exception.class, e -> target.failed(messages.get("caseView.saveFailed"))));
    }

    /** The questions that answer these missing paths, once each, in order. */
    public List<Question> questions(List<String> missingPaths) {
        List<Question> questions = new ArrayList<>();
        for (String path : new LinkedHashSet<>(missingPaths)) {
            catalogue.answering(path).filter(field -> field.questionKey() != null).ifPresent(field ->
                    questions.add(new Question(path, messages.get(field.questionKey()), field.section())));
        }
        return questions;
    }

    /**
     * Jumps to the field that answers a question: its section and input, or (when the list item it names does not
     * exist yet) the list, where an item can be added. Questions about her identity open the client form.
     */
    public void answer(Question question) {
        if (question.section() == FactSection.PERSON) {
            clientEditing.editClient(clientId, this::load);
            return;
        }
        target(question.path()).ifPresent(path ->
                focus.set(new FocusRequest(question.section(), path, ++focusSerial)));
    }

    Optional<String> target(String missingPath) {
        Optional<FactField> answering = catalogue.answering(missingPath);
        if (answering.isEmpty() || !sections.containsKey(answering.get().section())) {
            return Optional.empty();
        }
        FactField field = answering.get();
        FactForm form = sections.get(field.section()).form();
        boolean exact = field.path().equals(FactCatalogue.patternOf(missingPath));
        String concrete = exact ? missingPath : field.path();
        if (form.inputAt(concrete).isPresent()) {
            return Optional.of(concrete);
        }
        if (field.inListItem()) {
            return Optional.of(field.listPath());
        }
        return Optional.of(concrete);
    }

    /** Opens the client form (her identity and safe-contact facts). */
    public void editClient() {
        clientEditing.editClient(clientId, this::load);
    }

    /** Stops screening (the window closed). */
    public void dispose() {
        screening.stop();
    }

    public CaseSection section(FactSection section) {
        return sections.get(section);
    }

    public boolean anyUnsaved() {
        return sections.values().stream().anyMatch(s -> s.dirtyProperty().get());
    }

    /** Whether the window may close now (asks when a section has unsaved changes). */
    public boolean mayClose() {
        return !anyUnsaved() || dialogs.confirm(messages.get("caseView.discardTitle"),
                messages.get("caseView.discardMessage"), messages.get("caseView.discard"),
                messages.get("caseView.keepEditing"));
    }

    public String sectionTitle(FactSection section) {
        return messages.get(switch (section) {
            case FAMILY -> "caseView.section.family";
            case VAWA -> "caseView.section.vawa";
            case U -> "caseView.section.u";
            case T -> "caseView.section.t";
            case IMMIGRATION -> "caseView.section.immigration";
            case ASYLUM -> "caseView.section.asylum";
            case SIJS -> "caseView.section.sijs";
            case CRIMINAL -> "caseView.section.criminal";
            case CONDUCT -> "caseView.section.conduct";
            case COURT_EVENTS -> "caseView.section.courtEvents";
            case ICE_CHECKINS -> "caseView.section.iceCheckins";
            case SOURCES -> "caseView.section.sources";
            case EXTENSIONS -> "caseView.section.extensions";
            default -> "caseView.section.other";
        });
    }

    /** Where each fact came from (the {@code SOURCES} section); null until loaded. */
    public SourcesForm sources() {
        return sources;
    }

    /** The free-form extensions (the {@code EXTENSIONS} section); null until loaded. */
    public ExtensionsForm extensions() {
        return extensions;
    }

    public ScreeningPanelModel screening() {
        return screening;
    }

    public AdversePartyForm adverseParties() {
        return adverse;
    }

    public Messages messages() {
        return messages;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FocusRequest> focusProperty() {
        return focus.getReadOnlyProperty();
    }
}
