package org.amparo.backup;

import java.util.Optional;

/**
 * Encrypted, verified backups of the open vault. Blocking (a backup of a large vault takes seconds): call from a
 * background task.
 */
public interface BackupService {

    /**
     * Makes a backup of the open vault for {@code reason}, verifies it by a trial restore, applies retention, and
     * returns its report. Throws {@link BackupException} (with a message fit to show) if it could not be made or
     * verified; the vault itself is never changed by a backup.
     */
    BackupReport backup(BackupReason reason) throws BackupException;

    /** The newest backup that passed verification, for the home screen. */
    Optional<BackupReport> lastVerified();
}
