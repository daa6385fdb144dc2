package org.amparo.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A backup as made: its file, when and why, whether the trial restore verified it, its size and the row count of each
 * table (from its manifest).
 */
public record BackupReport(Path file, Instant createdAt, BackupReason reason, boolean verified, long bytes,
        Map<String, Long> rowCounts) {

    public BackupReport {
        rowCounts = Map.copyOf(rowCounts);
    }
}
