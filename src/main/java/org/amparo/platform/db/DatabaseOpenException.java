package org.amparo.platform.db;

/** Why the vault's database file could not be opened, as a kind the vault service turns into a plain message. */
public final class DatabaseOpenException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The causes worth telling apart; H2's error codes stay inside {@link H2FileDatabase}. */
    public enum Kind {
        /** Another process (or another window) has the file open. */
        IN_USE,
        /** The key does not open the file: a damaged file, or key slots from another vault. */
        WRONG_KEY,
        /** There is no database file (opening never creates one). */
        NOT_FOUND,
        /** The schema could not be validated or brought up to date. */
        MIGRATION_FAILED,
        /** Anything else: disk full, permissions, a damaged file. */
        OTHER
    }

    private final Kind kind;

    public DatabaseOpenException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
