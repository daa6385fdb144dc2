package org.amparo.backup;

import java.util.Optional;

/**
 * Until the backups of issue 7 are merged: refuses with a plain message, so callers that need a backup point (imports,
 * purges) show that none could be made. Replaced (and deleted) by the real service.
 */
final class InterimBackupService implements BackupService {

    @Override
    public BackupReport backup(BackupReason reason) throws BackupException {
        throw new BackupException("Backups are not built yet.");
    }

    @Override
    public Optional<BackupReport> lastVerified() {
        return Optional.empty();
    }
}
