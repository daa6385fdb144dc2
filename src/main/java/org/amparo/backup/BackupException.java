package org.amparo.backup;

/** A backup, verification or restore that could not be done; the message says why in plain words. */
public final class BackupException extends Exception {

    private static final long serialVersionUID = 1L;

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }

    public BackupException(String message) {
        super(message);
    }
}
