package org.amparo.backup.ui;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.backup.BackupException;
import org.amparo.backup.BackupOperations;
import org.amparo.backup.BackupOperations.BackupStep;
import org.amparo.backup.BackupReason;
import org.amparo.backup.BackupReport;
import org.amparo.backup.RestorePlan;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskContext;
import org.amparo.platform.task.TaskRunner;

/**
 * Settings → Backups: the verified backups, "Back up now" with progress, and "Restore…", which first checks the
 * chosen backup completely and asks, naming the work that would be lost.
 */
public final class BackupsViewModel {

    /** One backup as the list shows it. */
    public record Row(Path file, String created, String reason, String size) {
    }

    private final BackupOperations backups;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final BackupTexts texts;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    @Inject
    public BackupsViewModel(BackupOperations backups, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.backups = backups;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.texts = new BackupTexts(messages);
    }

    /** Loads the list in the background. */
    public void refresh() {
        tasks.run(BackgroundTask.of("", context -> backups.list()).onSuccess(this::show)
                .onFailure(BackupException.class, e -> status.set(e.getMessage())));
    }

    public void backUpNow() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run(BackgroundTask.of(messages.get("backups.running"), context -> backups.backupTo(
                        backups.defaultFolder(), BackupReason.MANUAL, step -> report(context, step)))
                .onSuccess(report -> {
                    finish(messages.get("backups.done", texts.time(report.createdAt())));
                    refresh();
                })
                .onFailure(BackupException.class, e -> fail(e.getMessage())));
    }

    /** Checks the selected backup, shows what restoring it would lose, and restores it if the person agrees. */
    public void restoreSelected() {
        Row row = selected.get();
        if (row == null || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(messages.get("backups.step.verifying"));
        tasks.run(BackgroundTask.of(messages.get("backups.checking"), context -> backups.plan(row.file()))
                .onSuccess(this::confirmRestore)
                .onFailure(BackupException.class, e -> fail(e.getMessage())));
    }

    private void confirmRestore(RestorePlan plan) {
        boolean agreed = dialogs.confirm(messages.get("backups.restore.title"), texts.lostWindow(plan),
                messages.get("backups.restore.confirm"), messages.get("backups.restore.cancel"));
        if (!agreed) {
            finish("");
            return;
        }
        tasks.run(BackgroundTask.of(messages.get("backups.restoring"), context -> backups.restore(plan.file(),
                        step -> report(context, step)))
                .onSuccess(report -> {
                    finish(messages.get("backups.restored", texts.time(plan.backupCreatedAt())));
                    refresh();
                })
                .onFailure(BackupException.class, e -> fail(e.getMessage())));
    }

    private void report(TaskContext context, BackupStep step) {
        context.updateProgress(step.ordinal() + 1L, BackupStep.values().length);
        context.updateMessage(texts.step(step));
    }

    private void show(List<BackupReport> reports) {
        rows.setAll(reports.stream().map(r -> new Row(r.file(), texts.time(r.createdAt()), texts.reason(r.reason()),
                messages.get("backups.size", Math.max(1, r.bytes() >> 20)))).toList());
    }

    private void finish(String message) {
        busy.set(false);
        progress.set(0);
        status.set(message);
    }

    private void fail(String message) {
        finish(message);
        dialogs.error(message);
    }

    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
