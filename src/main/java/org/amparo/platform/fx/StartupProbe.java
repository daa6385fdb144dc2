package org.amparo.platform.fx;

import jakarta.inject.Singleton;

/**
 * Tells whoever listens (the start-up benchmark) that the first page of the client list is on screen. Only the
 * first call counts.
 */
@Singleton
public final class StartupProbe {

    private Runnable listener = () -> { };
    private boolean fired;

    public void onFirstPageShown(Runnable action) {
        this.listener = action;
    }

    public void firstPageShown() {
        if (!fired) {
            fired = true;
            listener.run();
        }
    }
}
