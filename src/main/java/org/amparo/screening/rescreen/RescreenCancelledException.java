package org.amparo.screening.rescreen;

/** A re-screen was cancelled before its results were stored, so nothing of it is stored. */
public final class RescreenCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RescreenCancelledException() {
        super("Re-screen cancelled; nothing was stored");
    }
}
