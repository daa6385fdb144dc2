package org.amparo.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What restoring a backup would do: the work since {@code backupCreatedAt} is lost ({@link #lostWindow()}), and each
 * table would go from {@code currentRows} to {@code backupRows}.
 */
public record RestorePlan(Path file, BackupReason reason, Instant backupCreatedAt, Instant now,
        Map<String, Long> backupRows, Map<String, Long> currentRows) {

    public RestorePlan {
        backupRows = new TreeMap<>(backupRows);
        currentRows = new TreeMap<>(currentRows);
    }

    /** The time between the backup and now: changes made in it are lost. */
    public Duration lostWindow() {
        Duration window = Duration.between(backupCreatedAt, now);
        return window.isNegative() ? Duration.ZERO : window;
    }

    /** Per table with a difference: current rows minus the backup's (positive = rows the restore removes). */
    public Map<String, Long> rowDifferences() {
        Map<String, Long> differences = new TreeMap<>();
        TreeMap<String, Long> all = new TreeMap<>(currentRows);
        backupRows.keySet().forEach(t -> all.putIfAbsent(t, 0L));
        for (String table : all.keySet()) {
            long diff = currentRows.getOrDefault(table, 0L) - backupRows.getOrDefault(table, 0L);
            if (diff != 0) {
                differences.put(table, diff);
            }
        }
        return differences;
    }
}
