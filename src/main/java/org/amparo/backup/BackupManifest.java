package org.amparo.backup;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a backup holds, inside its encryption: format, vault, time, reason, app version, each table's row count and
 * content hash (SHA-256 over its rows in primary-key order), and the audit chain's head at backup time.
 */
public record BackupManifest(String format, String vaultId, Instant createdAt, BackupReason reason,
        String appVersion, Map<String, Long> rowCounts, Map<String, String> tableHashes, long auditSequence,
        String auditMac) {

    public BackupManifest {
        rowCounts = new TreeMap<>(rowCounts);
        tableHashes = new TreeMap<>(tableHashes);
    }

    /** Whether {@code header} (the readable part) tells the same story as this manifest. */
    boolean agreesWith(BackupHeader header) {
        return BackupHeader.FORMAT.equals(format) && format.equals(header.format())
                && vaultId.equals(header.vaultId()) && createdAt.equals(header.createdAt())
                && reason == header.reason() && appVersion.equals(header.appVersion());
    }
}
