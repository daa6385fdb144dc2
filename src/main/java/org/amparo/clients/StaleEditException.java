package org.amparo.clients;

/** Someone else saved this record since it was opened; the edit was not saved. */
public final class StaleEditException extends Exception {

    private static final long serialVersionUID = 1L;

    public StaleEditException(String message) {
        super(message);
    }
}
