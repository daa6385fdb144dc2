package org.amparo.interchange;

/**
 * An import, commit or undo that was refused before anything changed (rows with problems in an all-or-nothing
 * commit, no backup, a file changed since its dry run, an edited client in an undone batch); the message says why in
 * plain words.
 */
public final class ImportRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportRefusedException(String message) {
        super(message);
    }

    public ImportRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
