package org.amparo.retention.ui;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.cases.CaseStatus;
import org.amparo.clients.StaleEditException;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.retention.PurgeCandidate;
import org.amparo.retention.PurgeKind;
import org.amparo.retention.RetentionService;
import org.amparo.retention.RetentionSetting;
import org.amparo.security.AccessDeniedException;

/**
 * Settings → Retention: each program's rule (months kept after closing, what is purged, whether the due list is
 * offered at sign-in), editable by administrators only, and the closed cases with their verdicts. Purging the due
 * cases goes through {@link DuePurge} (confirmation naming every case number, a backup first); one chosen closed case
 * is purged by hand through {@link PurgeCaseViewModel} (kind, reason, confirmation naming its number).
 */
public final class RetentionSettingsViewModel {

    private final RetentionService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final RetentionTexts texts;
    private final DuePurge duePurge;
    private final PurgeCaseViewModel purgeCase;
    private final ObjectProperty<PurgeCandidate> selectedCase = new SimpleObjectProperty<>();
    private final ObservableList<RetentionSetting> rules = FXCollections.observableArrayList();
    private final ObservableList<PurgeCandidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<RetentionSetting> selected = new SimpleObjectProperty<>();
    private final IntegerProperty months = new SimpleIntegerProperty(12);
    private final ObjectProperty<PurgeKind> kind = new SimpleObjectProperty<>(PurgeKind.WHOLE_CASE);
    private final BooleanProperty scheduled = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper mayPurge = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    @Inject
    public RetentionSettingsViewModel(RetentionService service, TaskRunner tasks, DuePurge duePurge,
                                      PurgeCaseViewModel purgeCase, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.texts = new RetentionTexts(messages);
        this.duePurge = duePurge;
        this.purgeCase = purgeCase;
        selected.addListener((obs, old, now) -> show(now));
        selectedCase.addListener((obs, old, now) -> {
            if (now != null) {
                purgeCase.setCase(now.caseId(), now.caseNumber(), CaseStatus.CLOSED);
            }
        });
        purgeCase.busyProperty().addListener((obs, was, now) -> {
            if (was && !now) {
                refresh();
            }
        });
    }

    private record Loaded(boolean editable, boolean mayPurge, List<RetentionSetting> rules,
                          List<PurgeCandidate> candidates) {
    }

    /** Loads the rules and the closed cases in the background (each part only if the user may see it). */
    public void refresh() {
        tasks.run(BackgroundTask.of("", context -> {
            boolean manage = service.canManageRules();
            boolean purge = service.canPurge(PurgeKind.NARRATIVES) || service.canPurge(PurgeKind.WHOLE_CASE);
            return new Loaded(manage, purge, manage ? service.settings() : List.of(),
                    purge ? service.preview(LocalDate.now()) : List.of());
        }).onSuccess(this::loaded).onFailure(AccessDeniedException.class, e -> status.set(e.getMessage())));
    }

    private void loaded(Loaded l) {
        editable.set(l.editable());
        mayPurge.set(l.mayPurge());
        String program = selected.get() == null ? null : selected.get().program();
        rules.setAll(l.rules());
        candidates.setAll(l.candidates());
        selected.set(l.rules().stream().filter(r -> r.program().equals(program)).findFirst()
                .orElse(l.rules().isEmpty() ? null : l.rules().get(0)));
        if (!l.editable() && !l.mayPurge()) {
            status.set(messages.get("retention.notPermitted"));
        }
    }

    private void show(RetentionSetting rule) {
        if (rule != null) {
            months.set(rule.keepMonths());
            kind.set(rule.kind());
            scheduled.set(rule.scheduled());
        }
    }

    /** Pure validation: the message for a bad number of months, or null when it is fine. */
    public String monthsProblem(int value) {
        return value < RetentionSetting.MIN_MONTHS || value > RetentionSetting.MAX_MONTHS
                ? messages.get("retention.months.invalid", RetentionSetting.MIN_MONTHS, RetentionSetting.MAX_MONTHS)
                : null;
    }

    /** Saves the selected program's rule as edited; a rule changed meanwhile is refused and reloaded. */
    public void save() {
        RetentionSetting rule = selected.get();
        String problem = monthsProblem(months.get());
        if (rule == null || busy.get() || !editable.get()) {
            return;
        }
        if (problem != null) {
            status.set(problem);
            return;
        }
        RetentionSetting edited = new RetentionSetting(rule.program(), months.get(), kind.get(), scheduled.get(),
                rule.version(), rule.updatedAt(), rule.updatedBy());
        busy.set(true);
        tasks.run(BackgroundTask.of(messages.get("retention.saving"), context -> service.saveSetting(edited))
                .onSuccess(saved -> {
                    busy.set(false);
                    status.set(messages.get("retention.saved", saved.program()));
                    refresh();
                })
                .onFailure(StaleEditException.class, e -> fail(messages.get("retention.stale")))
                .onFailure(AccessDeniedException.class, e -> fail(e.getMessage())));
    }

    /** Offers the due cases for purge (after a confirmation naming each case number). */
    public void purgeDue() {
        List<PurgeCandidate> due = candidates.stream().filter(PurgeCandidate::due).toList();
        if (due.isEmpty() || busy.get()) {
            status.set(due.isEmpty() ? messages.get("retention.noneDue") : status.get());
            return;
        }
        busy.set(true);
        duePurge.offer(due, messages.get("retention.reason.rule"), message -> {
            busy.set(false);
            status.set(message);
            refresh();
        });
    }

    private void fail(String message) {
        busy.set(false);
        status.set(message);
        refresh();
    }

    /** One line for a rule in the list. */
    public String describe(RetentionSetting rule) {
        return texts.rule(rule);
    }

    /** One line for a closed case in the preview. */
    public String describe(PurgeCandidate candidate) {
        return texts.candidate(candidate);
    }

    public String kindName(PurgeKind k) {
        return texts.kind(k);
    }

    public ObservableList<RetentionSetting> rules() {
        return rules;
    }

    public ObservableList<PurgeCandidate> candidates() {
        return candidates;
    }

    /** The closed case chosen in the list, for "Purge…" ({@link #purgeCase()}). */
    public ObjectProperty<PurgeCandidate> selectedCaseProperty() {
        return selectedCase;
    }

    public PurgeCaseViewModel purgeCase() {
        return purgeCase;
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<RetentionSetting> selectedProperty() {
        return selected;
    }

    public IntegerProperty monthsProperty() {
        return months;
    }

    public ObjectProperty<PurgeKind> kindProperty() {
        return kind;
    }

    public BooleanProperty scheduledProperty() {
        return scheduled;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayPurgeProperty() {
        return mayPurge.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
