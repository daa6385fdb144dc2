package org.amparo.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Refuses work that would fill the disk, before anything is written. */
final class FreeSpace {

    /** Room kept free beyond the estimate. */
    static final long MARGIN = 64L << 20;

    private FreeSpace() {
    }

    static void require(Path dir, long bytes, String what) throws BackupException {
        long usable;
        try {
            usable = Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            throw new BackupException("The free space in " + dir + " cannot be checked (" + e.getMessage() + ").", e);
        }
        if (usable < bytes + MARGIN) {
            throw new BackupException("Not enough free disk space for " + what + " in " + dir + ": about "
                    + megabytes(bytes + MARGIN) + " MB are needed and " + megabytes(usable) + " MB are free. "
                    + "Nothing was changed.");
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
