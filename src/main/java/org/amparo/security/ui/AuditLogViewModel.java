package org.amparo.security.ui;

import jakarta.inject.Inject;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.AuditEntry;
import org.amparo.security.AuditMonitor;

/**
 * The audit log page in Settings, for administrators: the newest entries (who, when, action, entity) and the chain's
 * state, with "Verify now" (finishes or repeats the check; the result is itself recorded in the log).
 */
public final class AuditLogViewModel {

    static final int SHOWN = 100;

    private final AuditMonitor monitor;
    private final TaskRunner tasks;
    private final Messages messages;
    private final AuditTexts texts;
    private final boolean visible;
    private final ObservableList<String> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper tampered = new ReadOnlyBooleanWrapper(false);

    @Inject
    public AuditLogViewModel(AuditMonitor monitor, TaskRunner tasks, Messages messages, AuditTexts texts) {
        this.monitor = monitor;
        this.tasks = tasks;
        this.messages = messages;
        this.texts = texts;
        this.visible = monitor.mayReview();
    }

    /** Whether this page shows at all (only for users who may read the audit log). */
    public boolean isVisible() {
        return visible;
    }

    /** Loads the newest entries and the last check's outcome. */
    public void load() {
        if (!visible) {
            return;
        }
        busy.set(true);
        tasks.run(BackgroundTask.of(messages.get("audit.loading"), context -> monitor.recent(SHOWN))
                .onSuccess(this::showEntries)
                .onFailure(Exception.class, e -> failed()));
    }

    public void verifyNow() {
        if (!visible || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(messages.get("audit.verifying"));
        tasks.run(BackgroundTask.of(messages.get("audit.verifying"), context -> {
            monitor.verifyNow();
            return monitor.recent(SHOWN);
        }).onSuccess(this::showEntries).onFailure(Exception.class, e -> failed()));
    }

    private void showEntries(List<AuditEntry> newest) {
        entries.setAll(newest.stream().map(texts::line).toList());
        status.set(texts.outcome(monitor.latest()));
        tampered.set(monitor.latest().map(r -> r.tampered()).orElse(false));
        busy.set(false);
    }

    private void failed() {
        status.set(messages.get("audit.failed"));
        busy.set(false);
    }

    public ObservableList<String> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty tamperedProperty() {
        return tampered.getReadOnlyProperty();
    }

}
