package org.amparo.backup;

import java.io.IOException;
import java.nio.file.Path;

/** Reads the key-slot copy from a backup's header, to unlock a backup when no vault is open. */
public final class BackupSlots {

    private BackupSlots() {
    }

    /** The key-slot file as it was when {@code file} was made. */
    public static byte[] keySlotFile(Path file) throws BackupException {
        try {
            return BackupFile.readHeader(file).keySlotFile();
        } catch (IOException | IllegalArgumentException e) {
            throw new BackupException(e.getMessage(), e);
        }
    }
}
