package org.amparo.backup.ui;

import jakarta.inject.Inject;
import java.time.Duration;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.amparo.backup.BackupReason;
import org.amparo.backup.BackupService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.Cancellable;
import org.amparo.platform.task.TaskRunner;

/**
 * The home screen's backup line ("Last verified backup: …") and the automatic backup every 2 hours of use: active
 * while the main window shows an open vault.
 */
public final class BackupStatusViewModel {

    /** How often an open vault is backed up while in use. */
    public static final Duration EVERY = Duration.ofHours(2);

    private final BackupService backups;
    private final TaskRunner tasks;
    private final Messages messages;
    private final BackupTexts texts;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private Cancellable schedule;

    @Inject
    public BackupStatusViewModel(BackupService backups, TaskRunner tasks, Messages messages) {
        this.backups = backups;
        this.tasks = tasks;
        this.messages = messages;
        this.texts = new BackupTexts(messages);
    }

    public void activate() {
        refresh();
        schedule = tasks.every(EVERY, this::backUpNow);
    }

    public void deactivate() {
        if (schedule != null) {
            schedule.cancel();
            schedule = null;
        }
    }

    /** Reads the newest verified backup in the background and shows its time. */
    public void refresh() {
        tasks.run(BackgroundTask.of("", context -> backups.lastVerified()).onSuccess(last -> text.set(last
                .map(report -> messages.get("backups.status.last", texts.time(report.createdAt())))
                .orElseGet(() -> messages.get("backups.status.none"))))
                .onFailure(RuntimeException.class, e -> text.set(messages.get("backups.status.none"))));
    }

    private void backUpNow() {
        tasks.run(BackgroundTask.of(messages.get("backups.running"), context -> backups.backup(BackupReason.SCHEDULED))
                .onSuccess(report -> refresh())
                .onFailure(Exception.class, e -> text.set(messages.get("backups.status.failed"))));
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
