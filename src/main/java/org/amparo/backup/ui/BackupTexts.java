package org.amparo.backup.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.amparo.backup.BackupOperations.BackupStep;
import org.amparo.backup.BackupReason;
import org.amparo.backup.RestorePlan;
import org.amparo.platform.i18n.Messages;

/** The words for backups: reasons, steps, times and a restore's lost window. */
final class BackupTexts {

    private final Messages messages;

    BackupTexts(Messages messages) {
        this.messages = messages;
    }

    String time(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).format(at.atZone(ZoneId.systemDefault()));
    }

    String reason(BackupReason reason) {
        return switch (reason) {
            case MANUAL -> messages.get("backups.reason.manual");
            case ON_EXIT -> messages.get("backups.reason.onExit");
            case SCHEDULED -> messages.get("backups.reason.scheduled");
            case BEFORE_IMPORT -> messages.get("backups.reason.beforeImport");
            case BEFORE_MIGRATION -> messages.get("backups.reason.beforeMigration");
            case BEFORE_RESTORE -> messages.get("backups.reason.beforeRestore");
            case BEFORE_PURGE -> messages.get("backups.reason.beforePurge");
            case BEFORE_KEY_ROTATION -> messages.get("backups.reason.beforeKeyRotation");
        };
    }

    String step(BackupStep step) {
        return switch (step) {
            case CHECKING_SPACE -> messages.get("backups.step.space");
            case SNAPSHOT, HASHING -> messages.get("backups.step.snapshot");
            case ENCRYPTING -> messages.get("backups.step.encrypting");
            case VERIFYING -> messages.get("backups.step.verifying");
            case RETENTION, DONE -> messages.get("backups.step.finishing");
            case SWAPPING -> messages.get("backups.step.swapping");
        };
    }

    /** "Work since … (about N hours) is lost; clients: 3 fewer …" for the restore confirmation. */
    String lostWindow(RestorePlan plan) {
        Duration window = plan.lostWindow();
        StringBuilder text = new StringBuilder(messages.get("backups.restore.lost", time(plan.backupCreatedAt()),
                window.toHours(), window.toMinutesPart()));
        for (Map.Entry<String, Long> diff : plan.rowDifferences().entrySet()) {
            text.append('\n').append(messages.get("backups.restore.rows", diff.getKey().toLowerCase(),
                    plan.currentRows().getOrDefault(diff.getKey(), 0L),
                    plan.backupRows().getOrDefault(diff.getKey(), 0L)));
        }
        return text.toString();
    }
}
