package org.amparo.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.amparo.backup.Retention;

/**
 * How long a purged case survives in backups. Every backup made before the purge still holds it; the newest of them
 * is the one made just before the purge. Backup retention ({@link Retention}) keeps the newest backup of each of the
 * last 14 days, 8 weeks and 12 months that have one, so that backup is deleted, at the latest, by the first backup
 * made on or after the first day of the twelfth month after the purge's month, as long as backups keep being made
 * at least once a week (Amparo backs up when it is closed). Retention counts days, weeks and months that have a
 * backup, so sparser backups keep it longer; when none are made, the newest is always kept. Copies moved elsewhere
 * are never rotated.
 */
public final class BackupCaveat {

    private BackupCaveat() {
    }

    /** The first day from which the next backup deletes the last backup made at {@code lastBackupBefore}. */
    public static LocalDate rotatedOutFrom(Instant lastBackupBefore, ZoneId zone) {
        return lastBackupBefore.atZone(zone).toLocalDate().withDayOfMonth(1).plusMonths(Retention.MONTHLY);
    }
}
