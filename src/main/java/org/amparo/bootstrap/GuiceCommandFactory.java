package org.amparo.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import picocli.CommandLine;

/** Lets picocli create command objects through the one injector, so commands get services by injection. */
public final class GuiceCommandFactory implements CommandLine.IFactory {

    private final Injector injector;

    private GuiceCommandFactory(Injector injector) {
        this.injector = injector;
    }

    /**
     * Builds the command-line injector (no JavaFX). Stage DEVELOPMENT keeps singletons lazy, so {@code --version}
     * never loads the screening frameworks or opens a vault.
     */
    public static GuiceCommandFactory create() {
        return new GuiceCommandFactory(Guice.createInjector(Stage.DEVELOPMENT, AmparoModule.forCli()));
    }

    /** The command-line injector with some bindings replaced (tests: a fake vault, an in-memory database). */
    public static GuiceCommandFactory create(com.google.inject.Module overrides) {
        return new GuiceCommandFactory(Guice.createInjector(Stage.PRODUCTION,
                com.google.inject.util.Modules.override(AmparoModule.forCli()).with(overrides)));
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return injector.getInstance(type);
        } catch (com.google.inject.ConfigurationException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
