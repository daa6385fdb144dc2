package org.amparo.summaries.ui;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.cases.CaseNote;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseloadSelection;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.dialog.DialogService.FileFilter;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskHandle;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.AccessControl;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.Role;
import org.amparo.summaries.SensitiveTextDetector;
import org.amparo.summaries.SummaryFormat;
import org.amparo.summaries.SummaryModel;
import org.amparo.summaries.SummaryProfile;
import org.amparo.summaries.SummaryRequest;
import org.amparo.summaries.SummaryService;

/**
 * A case summary: choose the case, profile, language and the notes to include; preview; save as PDF, DOCX or HTML;
 * or write summaries for every open case. Notes that mention an A-number, phone or address are flagged before saving.
 */
public final class SummaryViewModel {

    /** A case note offered for inclusion (none is chosen by default). */
    public record NoteChoice(CaseNote note, BooleanProperty chosen) {
    }

    private final CaseloadSelection selection;
    private final SummaryService summaries;
    private final CaseService cases;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final AccessControl access;
    private final SummaryOverride override;

    private final StringProperty caseNumber = new SimpleStringProperty("");
    private final ObjectProperty<SummaryProfile> profile = new SimpleObjectProperty<>(SummaryProfile.FULL);
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Locale.ENGLISH);
    private final ObservableList<NoteChoice> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private TaskHandle batch;

    @Inject
    public SummaryViewModel(SummaryService summaries, CaseService cases, TaskRunner tasks, DialogService dialogs,
            Messages messages, CaseloadSelection selection, AccessControl access) {
        this.selection = selection;
        this.access = access;
        this.override = new SummaryOverride(messages);
        this.summaries = summaries;
        this.cases = cases;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        language.set(messages.locale());
        override.offerFor(profile.get());
        profile.addListener((obs, old, now) -> override.offerFor(now == null ? SummaryProfile.FULL : now));
    }

    /** Finds out (in the background) whether she is an attorney: only an attorney may include redacted fields. */
    public void loadRole() {
        tasks.run(BackgroundTask.of("", context -> access.current().has(Role.ATTORNEY))
                .onSuccess(override::attorney).onFailure(Exception.class, e -> override.attorney(false)));
    }

    /** An attorney's fields beyond the profile, with their reason. */
    public SummaryOverride override() {
        return override;
    }

    /** Loads the case's notes and shows the preview. */
    public void preview() {
        SummaryRequest request = request();
        if (request == null) {
            return;
        }
        working.set(true);
        tasks.run(BackgroundTask.of(messages.get("summary.ui.previewing"), context -> {
            List<CaseNote> caseNotes = cases.findCaseByNumber(request.caseNumber())
                    .map(info -> cases.notes(info.id())).orElse(List.of());
            return new Loaded(summaries.preview(request), caseNotes);
        }).onSuccess(this::showPreview).onFailure(Exception.class, this::failed));
    }

    private record Loaded(SummaryModel model, List<CaseNote> notes) {
    }

    private void showPreview(Loaded loaded) {
        working.set(false);
        boolean sameCase = !notes.isEmpty() && !loaded.notes().isEmpty()
                && notes.get(0).note().caseId() == loaded.notes().get(0).caseId();
        if (!sameCase) {
            notes.setAll(loaded.notes().stream()
                    .map(n -> new NoteChoice(n, new SimpleBooleanProperty(false))).toList());
        }
        preview.set(PlainText.of(loaded.model()));
        status.set(messages.get("summary.ui.previewReady"));
    }

    /** Asks where to save, checks the chosen notes, and writes the summary. */
    public void save() {
        SummaryRequest request = request();
        if (request == null || !notesReviewed()) {
            return;
        }
        Optional<Path> out = dialogs.chooseFileToSave(messages.get("summary.ui.saveTitle"),
                request.caseNumber() + "-" + request.profile().id() + ".pdf", List.of(
                        new FileFilter(messages.get("summary.ui.filter.pdf"), List.of("*.pdf")),
                        new FileFilter(messages.get("summary.ui.filter.docx"), List.of("*.docx")),
                        new FileFilter(messages.get("summary.ui.filter.html"), List.of("*.html"))));
        if (out.isEmpty()) {
            return;
        }
        Path file = out.get();
        SummaryFormat format = SummaryFormat.of(file).orElse(SummaryFormat.PDF);
        Path target = SummaryFormat.of(file).isPresent() ? file : file.resolveSibling(file.getFileName() + ".pdf");
        working.set(true);
        tasks.run(BackgroundTask.of(messages.get("summary.ui.saving"), context ->
                summaries.write(request, target, format)).onSuccess(exportId -> {
                    working.set(false);
                    status.set(messages.get("summary.ui.saved", target.getFileName(), exportId));
                }).onFailure(Exception.class, this::failed));
    }

    /**
     * Writes a summary of every case the Cases page's filters select (all cases until they are set) into a chosen
     * folder, with progress; {@link #cancelBatch} stops it.
     */
    public void saveFilteredCaseload() {
        Optional<Path> folder = dialogs.chooseFolder(messages.get("summary.ui.batchTitle"));
        if (folder.isEmpty()) {
            return;
        }
        SummaryProfile chosenProfile = profile.get();
        Locale chosenLanguage = language.get();
        CaseQuery filtered = selection.query();
        working.set(true);
        batch = tasks.run(BackgroundTask.of(messages.get("summary.ui.batchRunning"), context ->
                summaries.writeBatch(filtered, LocalDate.now(), chosenProfile, chosenLanguage, folder.get(),
                        SummaryFormat.PDF, context)).onSuccess(count -> {
                            working.set(false);
                            status.set(messages.get("summary.ui.batchDone", count, folder.get()));
                        }).onFailure(Exception.class, this::failed));
    }

    public void cancelBatch() {
        if (batch != null) {
            batch.cancel();
        }
    }

    private boolean notesReviewed() {
        List<String> flagged = new ArrayList<>();
        for (NoteChoice choice : notes) {
            if (choice.chosen().get()) {
                SensitiveTextDetector.scan(choice.note().text()).forEach(f -> flagged.add(kind(f.kind()) + ": "
                        + f.text()));
            }
        }
        return flagged.isEmpty() || dialogs.confirm(messages.get("summary.ui.flaggedTitle"),
                messages.get("summary.ui.flagged", String.join("\n", flagged)), messages.get("summary.ui.includeAnyway"),
                messages.get("summary.ui.goBack"));
    }

    private String kind(SensitiveTextDetector.Kind kind) {
        return messages.get(switch (kind) {
            case A_NUMBER -> "summary.ui.kind.aNumber";
            case PHONE -> "summary.ui.kind.phone";
            case ADDRESS -> "summary.ui.kind.address";
        });
    }

    private SummaryRequest request() {
        String number = caseNumber.get() == null ? "" : caseNumber.get().strip();
        if (number.isEmpty()) {
            status.set(messages.get("summary.ui.caseRequired"));
            return null;
        }
        return new SummaryRequest(number, profile.get(), language.get(), chosenNoteIds(), override.overrides());
    }

    private List<Long> chosenNoteIds() {
        return notes.stream().filter(n -> n.chosen().get()).map(n -> n.note().id()).toList();
    }

    private void failed(Exception e) {
        working.set(false);
        String message = e instanceof AccessDeniedException || e instanceof IllegalArgumentException
                ? e.getMessage() : messages.get("summary.ui.failed");
        status.set(message);
        dialogs.error(message);
    }

    public StringProperty caseNumberProperty() {
        return caseNumber;
    }

    public ObjectProperty<SummaryProfile> profileProperty() {
        return profile;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObservableList<NoteChoice> notes() {
        return notes;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
