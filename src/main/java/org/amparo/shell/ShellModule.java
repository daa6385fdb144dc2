package org.amparo.shell;

import com.google.inject.AbstractModule;
import org.amparo.platform.fx.Navigation;

/** The main window is the navigation every screen uses. */
public final class ShellModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(Navigation.class).to(AppWindow.class);
    }
}
