package org.amparo.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.amparo.security.VaultKey;

/**
 * Everything the backup screens and commands do beyond {@link BackupService}: backups into a chosen folder, the
 * list of backups, verification, and restore (planned first, so the person sees what work it loses). Blocking.
 */
public interface BackupOperations extends BackupService {

    /** Where the open vault's backups go unless told otherwise: {@code backups} inside the vault folder. */
    Path defaultFolder();

    /** As {@link #backup}, into {@code folder}, telling {@code progress} each step. */
    BackupReport backupTo(Path folder, BackupReason reason, Consumer<BackupStep> progress) throws BackupException;

    /** The verified backups in the default folder, newest first. */
    List<BackupReport> list() throws BackupException;

    /** Trial-restores {@code file} with the open vault's key. Throws if it is damaged or not this vault's. */
    BackupReport verify(Path file) throws BackupException;

    /** Trial-restores {@code file} with {@code key} (from the backup's own key-slot copy); no vault needs to be open. */
    BackupReport verify(Path file, VaultKey key) throws BackupException;

    /** Checks {@code file} completely and says what restoring it would lose; changes nothing. */
    RestorePlan plan(Path file) throws BackupException;

    /**
     * Restores {@code file} into the open vault: checks it completely and checks free space before anything is
     * written, backs up the current vault ({@link BackupReason#BEFORE_RESTORE}), swaps the files and reopens.
     */
    RestoreReport restore(Path file, Consumer<BackupStep> progress) throws BackupException;

    /** The steps of a backup or restore, for progress. */
    enum BackupStep { CHECKING_SPACE, SNAPSHOT, HASHING, ENCRYPTING, VERIFYING, RETENTION, SWAPPING, DONE }
}
