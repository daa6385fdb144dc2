package org.amparo.deadlines.ui;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
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
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseRow;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.clients.StaleEditException;
import org.amparo.deadlines.agenda.AgendaItem;
import org.amparo.deadlines.agenda.ManualDeadline;
import org.amparo.deadlines.agenda.ManualDeadlineService;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.AccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calendar's form for deadlines added by hand: add one for an open case (or for its client as a whole), edit it,
 * mark it done or delete it (after a confirmation). Each change tells the calendar to reload.
 */
public final class DeadlineEditorViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineEditorViewModel.class);

    static final int MAX_TITLE = 300;
    static final int CASE_MATCHES = 20;

    private final ManualDeadlineService deadlines;
    private final CaseService cases;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper existing = new ReadOnlyBooleanWrapper(false);
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>();
    private final BooleanProperty done = new SimpleBooleanProperty(false);
    private final BooleanProperty wholeClient = new SimpleBooleanProperty(false);
    private final StringProperty caseSearch = new SimpleStringProperty("");
    private final ObservableList<CaseRow> caseMatches = FXCollections.observableArrayList();
    private final ObjectProperty<CaseRow> chosenCase = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper caseError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private ManualDeadline editing;
    private Runnable onChanged = () -> { };

    @Inject
    public DeadlineEditorViewModel(ManualDeadlineService deadlines, CaseService cases, TaskRunner tasks,
                                   Messages messages, DialogService dialogs) {
        this(deadlines, cases, tasks, messages, dialogs, LocalDate::now);
    }

    public DeadlineEditorViewModel(ManualDeadlineService deadlines, CaseService cases, TaskRunner tasks,
                                   Messages messages, DialogService dialogs, Supplier<LocalDate> today) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.today = today;
    }

    /** What to run after a deadline was added, changed or deleted (the calendar reloads). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged == null ? () -> { } : onChanged;
    }

    /** Opens an empty form dated today. */
    public void startNew() {
        fill(null, null);
        dueOn.set(today.get());
        status.set("");
        open.set(true);
    }

    /** Opens the form on a deadline added by hand (other agenda items are not editable here). */
    public void edit(AgendaItem item) {
        withDeadline(item, found -> {
            fill(found, new CaseRow(found.caseId() == null ? 0 : found.caseId(), found.clientId(),
                    item.caseNumber(), item.clientName(), CaseStatus.OPEN, null, null, null, null, null));
            status.set("");
            open.set(true);
        });
    }

    private void fill(ManualDeadline deadline, CaseRow target) {
        editing = deadline;
        existing.set(deadline != null);
        title.set(deadline == null ? "" : deadline.label());
        dueOn.set(deadline == null ? null : deadline.dueOn());
        done.set(deadline != null && deadline.done());
        wholeClient.set(deadline != null && deadline.caseId() == null);
        caseSearch.set("");
        caseMatches.clear();
        chosenCase.set(target);
        titleError.set("");
        dateError.set("");
        caseError.set("");
    }

    /** Lists the open cases whose number or client matches the search text. */
    public void searchCases() {
        String text = caseSearch.get() == null ? "" : caseSearch.get().strip();
        CaseQuery query = new CaseQuery(text, Optional.of(CaseStatus.OPEN), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), CaseQuery.Sort.CASE_NUMBER);
        LocalDate now = today.get();
        tasks.run(BackgroundTask.of("", context -> cases.caseload(query, now, 0, CASE_MATCHES))
                .onSuccess(found -> {
                    caseMatches.setAll(found);
                    if (found.size() == 1) {
                        chosenCase.set(found.get(0));
                    }
                    caseError.set(found.isEmpty() ? messages.get("calendar.deadline.noCaseFound") : "");
                })
                .onFailure(Exception.class, e -> failed("Open cases could not be searched", e)));
    }

    /** Checks the form; true when it can be saved. Messages are set on the fields that need attention. */
    public boolean validate() {
        String t = title.get() == null ? "" : title.get().strip();
        titleError.set(t.isEmpty() ? messages.get("calendar.deadline.titleRequired")
                : t.length() > MAX_TITLE ? messages.get("calendar.deadline.titleTooLong", MAX_TITLE) : "");
        dateError.set(dueOn.get() == null ? messages.get("calendar.deadline.dateRequired") : "");
        caseError.set(chosenCase.get() == null ? messages.get("calendar.deadline.caseRequired") : "");
        return titleError.get().isEmpty() && dateError.get().isEmpty() && caseError.get().isEmpty();
    }

    /** Saves the form (adds or updates); a deadline someone changed meanwhile is refused and reloaded. */
    public void save() {
        if (!validate()) {
            status.set(messages.get("calendar.deadline.fixFields"));
            return;
        }
        CaseRow target = chosenCase.get();
        Long caseId = wholeClient.get() || target.caseId() == 0 ? null : target.caseId();
        ManualDeadline draft = new ManualDeadline(editing == null ? null : editing.id(), target.clientId(), caseId,
                dueOn.get(), title.get().strip(), done.get(), editing == null ? 0 : editing.version());
        change(() -> deadlines.save(draft), "calendar.deadline.saved");
    }

    /** Marks a deadline added by hand as done; it leaves the agenda. */
    public void markDone(AgendaItem item) {
        withDeadline(item, found -> change(() -> deadlines.save(new ManualDeadline(found.id(), found.clientId(),
                found.caseId(), found.dueOn(), found.label(), true, found.version())), "calendar.deadline.markedDone"));
    }

    /** Deletes the deadline open in the form, after asking. */
    public void delete() {
        ManualDeadline target = editing;
        if (target == null) {
            return;
        }
        boolean sure = dialogs.confirm(messages.get("calendar.deadline.deleteTitle"),
                messages.get("calendar.deadline.deleteQuestion", target.label(), target.dueOn()),
                messages.get("calendar.deadline.deleteConfirm"), messages.get("calendar.deadline.keep"));
        if (sure) {
            change(() -> {
                deadlines.delete(target.id(), target.version());
                return target;
            }, "calendar.deadline.deleted");
        }
    }

    public void cancel() {
        fill(null, null);
        open.set(false);
    }

    private interface Change {
        ManualDeadline run() throws Exception;
    }

    private void change(Change work, String doneKey) {
        tasks.run(BackgroundTask.of(messages.get("calendar.deadline.task"), context -> work.run())
                .onSuccess(saved -> {
                    cancel();
                    status.set(messages.get(doneKey, saved.label()));
                    onChanged.run();
                })
                .onFailure(StaleEditException.class, e -> {
                    cancel();
                    status.set(messages.get("calendar.deadline.stale"));
                    onChanged.run();
                })
                .onFailure(AccessDeniedException.class, e -> status.set(messages.get("calendar.deadline.denied")))
                .onFailure(IllegalArgumentException.class, e -> status.set(messages.get("calendar.deadline.fixFields")))
                .onFailure(Exception.class, e -> failed("Deadline could not be saved", e)));
    }

    private void withDeadline(AgendaItem item, java.util.function.Consumer<ManualDeadline> then) {
        if (item == null || item.kind() != AgendaItem.Kind.MANUAL_DEADLINE) {
            return;
        }
        long id = Long.parseLong(item.ref());
        tasks.run(BackgroundTask.of("", context -> deadlines.find(id))
                .onSuccess(found -> found.ifPresentOrElse(then, () -> {
                    status.set(messages.get("calendar.deadline.stale"));
                    onChanged.run();
                }))
                .onFailure(Exception.class, e -> failed("Deadline could not be read", e)));
    }

    private void failed(String what, Exception e) {
        LOG.warn(what, e);
        status.set(messages.get("calendar.deadline.failed"));
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty existingProperty() {
        return existing.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dueOnProperty() {
        return dueOn;
    }

    public BooleanProperty doneProperty() {
        return done;
    }

    public BooleanProperty wholeClientProperty() {
        return wholeClient;
    }

    public StringProperty caseSearchProperty() {
        return caseSearch;
    }

    public ObservableList<CaseRow> caseMatches() {
        return caseMatches;
    }

    public ObjectProperty<CaseRow> chosenCaseProperty() {
        return chosenCase;
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty caseErrorProperty() {
        return caseError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The case line shown in the form and the case list: "case number · client". */
    public String describe(CaseRow row) {
        if (row == null) {
            return "";
        }
        String number = row.caseNumber() == null || row.caseNumber().isBlank() ? "—" : row.caseNumber();
        return messages.get("calendar.deadline.caseLine", number, row.clientDisplayName() == null ? ""
                : row.clientDisplayName());
    }
}
