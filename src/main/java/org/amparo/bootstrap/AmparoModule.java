package org.amparo.bootstrap;

import com.google.inject.AbstractModule;
import org.amparo.backup.BackupModule;
import org.amparo.bench.BenchModule;
import org.amparo.cases.CasesModule;
import org.amparo.clients.ClientsModule;
import org.amparo.cases.ui.CasesUiModule;
import org.amparo.clients.ui.ClientsUiModule;
import org.amparo.courthouse.CourthouseModule;
import org.amparo.deadlines.DeadlinesModule;
import org.amparo.interchange.InterchangeModule;
import org.amparo.interchange.ui.InterchangeUiModule;
import org.amparo.platform.fx.FxModule;
import org.amparo.retention.RetentionModule;
import org.amparo.shell.ShellModule;
import org.amparo.platform.db.DbModule;
import org.amparo.screening.ScreeningModule;
import org.amparo.security.KeyRotationModule;
import org.amparo.security.SecurityModule;
import org.amparo.summaries.SummariesModule;

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
        install(new DbModule());
        install(new SecurityModule());
        install(new ScreeningModule());
        install(new ClientsModule());
        install(new CasesModule());
        install(new CourthouseModule());
        install(new DeadlinesModule());
        install(new BackupModule());
        install(new KeyRotationModule());
        install(new SummariesModule());
        install(new InterchangeModule());
        install(new RetentionModule());
        install(new BenchModule());
        if (desktop) {
            // desktop-only modules (views, FX executors, dialogs)
            install(new FxModule());
            install(new ShellModule());
            install(new ClientsUiModule());
            install(new CasesUiModule());
            install(new InterchangeUiModule());
        }
    }
}
