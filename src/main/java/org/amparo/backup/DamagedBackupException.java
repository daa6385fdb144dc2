package org.amparo.backup;

import java.io.IOException;

/** A backup file that fails a check (authentication tag, format, manifest or table hashes): it must not be used. */
public final class DamagedBackupException extends IOException {

    private static final long serialVersionUID = 1L;

    public DamagedBackupException(String message) {
        super(message);
    }

    public DamagedBackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
