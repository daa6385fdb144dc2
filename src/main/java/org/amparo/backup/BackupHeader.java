package org.amparo.backup;

import java.time.Instant;
import java.util.Base64;

/**
 * The readable, authenticated part of a backup file: what is needed before decrypting it (which vault, when, why,
 * the file's salt, and the copy of the key-slot file that unwraps the vault key for any password or recovery code
 * valid at backup time). Every encrypted chunk authenticates these exact bytes.
 */
public record BackupHeader(String format, String vaultId, Instant createdAt, BackupReason reason, String appVersion,
        String salt, String keySlots) {

    public static final String FORMAT = "amparo-backup/1";

    /** The key-slot file copy, as it was on disk. */
    public byte[] keySlotFile() {
        return Base64.getDecoder().decode(keySlots);
    }
}
