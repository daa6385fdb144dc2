package org.amparo;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.amparo.backup.BackupException;
import org.amparo.backup.BackupReason;
import org.amparo.backup.BackupService;
import org.amparo.bootstrap.AmparoModule;
import org.amparo.platform.fx.StartupProbe;
import org.amparo.security.VaultService;
import org.amparo.shell.AppWindow;
import org.amparo.shell.StartupBench;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: builds the one injector and shows the first window. Nothing is queried before the first
 * frame; the vault folder is inspected in the background and then first run or unlock appears.
 */
public final class AmparoApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(AmparoApplication.class);

    private Injector injector;

    static void launchDesktop(String[] args) {
        Application.launch(AmparoApplication.class, args);
    }

    /** Builds the injector (development stage: singletons are made when first needed, keeping start-up lazy). */
    public static Injector injector(List<Module> modules) {
        return Guice.createInjector(com.google.inject.Stage.DEVELOPMENT, modules);
    }

    @Override
    public void start(Stage stage) {
        injector = injector(List.of(AmparoModule.forDesktop()));
        var bench = StartupBench.credentials(System.getenv());
        if (bench.isPresent()) {
            StartupBench.install(injector.getInstance(StartupProbe.class));
        }
        injector.getInstance(AppWindow.class).start(stage, bench);
    }

    @Override
    public void stop() throws InterruptedException {
        if (injector != null) {
            VaultService vault = injector.getInstance(VaultService.class);
            BackupService backups = injector.getInstance(BackupService.class);
            Thread closer = new Thread(() -> {
                backUpOnExit(vault, backups);
                vault.lock();
            }, "amparo-lock-on-exit");
            closer.start();
            closer.join();
        }
    }

    /** A verified backup before the vault closes, when one is open; a failure is logged and exit goes on. */
    private static void backUpOnExit(VaultService vault, BackupService backups) {
        if (!vault.isOpen()) {
            return;
        }
        try {
            backups.backup(BackupReason.ON_EXIT);
        } catch (BackupException | RuntimeException e) {
            LOG.warn("The backup on exit failed: {}", e.getMessage());
        }
    }
}
