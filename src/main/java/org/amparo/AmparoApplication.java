package org.amparo;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.amparo.bootstrap.AmparoModule;
import org.amparo.platform.fx.StartupProbe;
import org.amparo.security.VaultService;
import org.amparo.shell.AppWindow;
import org.amparo.shell.StartupBench;

/**
 * The desktop application: builds the one injector and shows the first window. Nothing is queried before the first
 * frame; the vault folder is inspected in the background and then first run or unlock appears.
 */
public final class AmparoApplication extends Application {

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
            Thread closer = new Thread(vault::lock, "amparo-lock-on-exit");
            closer.start();
            closer.join();
        }
    }
}
