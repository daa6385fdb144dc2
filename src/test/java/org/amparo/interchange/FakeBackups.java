package org.amparo.interchange;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.amparo.backup.BackupException;
import org.amparo.backup.BackupReason;
import org.amparo.backup.BackupReport;
import org.amparo.backup.BackupService;

/** Records the backups asked for; refuses with {@code failure} when set. */
public final class FakeBackups implements BackupService {

    public final List<BackupReason> asked = new ArrayList<>();
    public String failure;

    @Override
    public BackupReport backup(BackupReason reason) throws BackupException {
        asked.add(reason);
        if (failure != null) {
            throw new BackupException(failure);
        }
        return new BackupReport(Path.of("backup-before-import.zip"), Instant.EPOCH, reason, true, 0, Map.of());
    }

    @Override
    public Optional<BackupReport> lastVerified() {
        return Optional.empty();
    }
}
