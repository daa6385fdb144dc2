package org.amparo.bootstrap;

import com.google.inject.AbstractModule;

/**
 * The root module: installs every feature module in a fixed order (the reverse is the shutdown order).
 * {@link #forCli()} leaves out everything that touches JavaFX's toolkit.
 */
public final class AmparoModule extends AbstractModule {

    private final boolean desktop;

    private AmparoModule(boolean desktop) {
        this.desktop = desktop;
    }

    public static AmparoModule forDesktop() {
        return new AmparoModule(true);
    }

    public static AmparoModule forCli() {
        return new AmparoModule(false);
    }

    @Override
    protected void configure() {
        // feature modules are installed here, in start-up order
        install(new org.amparo.clients.ClientsModule());
        install(new org.amparo.bench.BenchModule());
        if (desktop) {
            // desktop-only modules (views, FX executors, dialogs)
        }
    }
}
