package org.amparo.retention;

/** A purge did not happen (nothing was changed); the message says why in plain words. */
public final class PurgeException extends Exception {

    private static final long serialVersionUID = 1L;

    public PurgeException(String message) {
        super(message);
    }

    public PurgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
