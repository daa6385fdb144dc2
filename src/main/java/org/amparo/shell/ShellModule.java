package org.amparo.shell;

import com.google.inject.AbstractModule;
import org.amparo.cases.ui.ClientEditing;
import org.amparo.clients.ui.ClientCaseLinks;
import org.amparo.platform.fx.Navigation;

/** The main window is the navigation every screen uses; the shell also joins the client and case screens. */
public final class ShellModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(Navigation.class).to(AppWindow.class);
        bind(ClientCaseLinks.class).to(CaseLinks.class);
        bind(ClientEditing.class).to(CaseLinks.class);
    }
}
