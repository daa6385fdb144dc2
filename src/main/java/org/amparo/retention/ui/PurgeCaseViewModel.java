package org.amparo.retention.ui;

import jakarta.inject.Inject;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.cases.CaseStatus;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.retention.PurgeException;
import org.amparo.retention.PurgeKind;
import org.amparo.retention.RetentionService;
import org.amparo.security.AccessDeniedException;

/**
 * "Purge…" on a closed case: the kind (whole case or narratives only), a reason, and a confirmation that names the
 * case number and says what the backups keep. Enabled only for a closed case and a user who may purge that kind;
 * {@code purged} turns true after a whole-case purge (the case window should then close).
 */
public final class PurgeCaseViewModel {

    private final RetentionService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final RetentionTexts texts;
    private final ObjectProperty<PurgeKind> kind = new SimpleObjectProperty<>(PurgeKind.NARRATIVES);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper purged = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long caseId;
    private String caseNumber;
    private boolean closed;
    private boolean mayWhole;
    private boolean mayNarratives;

    @Inject
    public PurgeCaseViewModel(RetentionService service, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.texts = new RetentionTexts(messages);
        kind.addListener((obs, old, now) -> updateAvailable());
        status.set(messages.get("retention.case.choose"));
    }

    /** Shows the case; the permission check runs in the background. */
    public void setCase(long id, String number, CaseStatus status) {
        this.caseId = id;
        this.caseNumber = number;
        this.closed = status == CaseStatus.CLOSED;
        this.purged.set(false);
        this.status.set(closed ? messages.get("retention.case.chosen", number)
                : messages.get("retention.case.onlyClosed"));
        tasks.run(BackgroundTask.of("", context -> List.of(service.canPurge(PurgeKind.WHOLE_CASE),
                service.canPurge(PurgeKind.NARRATIVES))).onSuccess(can -> {
                    mayWhole = can.get(0);
                    mayNarratives = can.get(1);
                    if (!mayWhole && !mayNarratives) {
                        this.status.set(messages.get("retention.case.notPermitted"));
                    }
                    updateAvailable();
                }));
    }

    private void updateAvailable() {
        boolean may = kind.get() == PurgeKind.WHOLE_CASE ? mayWhole : mayNarratives;
        available.set(closed && may && !busy.get() && !purged.get());
    }

    /** Asks, naming the case number, then purges in the background. */
    public void purge() {
        if (!available.get()) {
            return;
        }
        if (reason.get() == null || reason.get().isBlank()) {
            status.set(messages.get("retention.case.reasonRequired"));
            return;
        }
        PurgeKind chosen = kind.get();
        String question = messages.get(chosen == PurgeKind.WHOLE_CASE ? "retention.case.questionWhole"
                : "retention.case.questionNarratives", caseNumber) + "\n\n" + texts.caveatBefore();
        if (!dialogs.confirm(messages.get("retention.case.title", caseNumber), question,
                messages.get("retention.case.confirm"), messages.get("retention.due.cancel"))) {
            return;
        }
        busy.set(true);
        updateAvailable();
        String why = reason.get().strip();
        tasks.run(BackgroundTask.of(messages.get("retention.purging"),
                        context -> service.purge(List.of(caseId), chosen, why, false))
                .onSuccess(report -> {
                    busy.set(false);
                    purged.set(chosen == PurgeKind.WHOLE_CASE);
                    status.set(texts.done(report));
                    updateAvailable();
                })
                .onFailure(PurgeException.class, e -> fail(e.getMessage()))
                .onFailure(AccessDeniedException.class, e -> fail(e.getMessage())));
    }

    private void fail(String message) {
        busy.set(false);
        status.set(message);
        updateAvailable();
    }

    public String kindName(PurgeKind k) {
        return texts.kind(k);
    }

    public ObjectProperty<PurgeKind> kindProperty() {
        return kind;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty purgedProperty() {
        return purged.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
