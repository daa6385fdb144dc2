package org.amparo.retention;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a purge did, and what it could not undo: the backups made before it (the newest at {@code backupAt}, made
 * just before the purge, in {@code backupFile}) still hold the purged data until backup retention deletes them, at
 * the latest from {@code rotatedOutFrom} (see {@link BackupCaveat}).
 *
 * @param backupFile null for a dry run
 * @param backupAt null for a dry run
 * @param rotatedOutFrom null for a dry run
 */
public record PurgeReport(boolean dryRun, String reason, List<PurgedCase> cases, Path backupFile, Instant backupAt,
                          LocalDate rotatedOutFrom) {

    public PurgeReport {
        cases = List.copyOf(cases);
    }

    /** The backup caveat in plain English (the command line's report; the UI uses its own bundle). */
    public String backupCaveat() {
        if (dryRun) {
            return "Dry run: nothing was purged and no backup was made.";
        }
        return "Backups made before " + backupAt + " still contain the purged data until they rotate out (latest by "
                + rotatedOutFrom + ", the first backup made on or after that day removes the last of them, as long as "
                + "a backup is made at least once a month). Copies of backups kept elsewhere are not rotated: "
                + "delete them by hand.";
    }
}
