package org.amparo.dev;

import javafx.application.Application;

/** Starts {@link DevDesktop} (the main class must not extend Application when JavaFX is on the class path). */
public final class DevLauncher {

    private DevLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(DevDesktop.class, args);
    }
}
