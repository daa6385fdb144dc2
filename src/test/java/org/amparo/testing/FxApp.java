package org.amparo.testing;

import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.amparo.AmparoApplication;
import org.amparo.bootstrap.AmparoModule;
import org.amparo.security.ui.VaultFolders;
import org.amparo.shell.AppWindow;

/**
 * The desktop app as a TestFX workflow test starts it (call from {@code @Start}, on the FX thread): windows an earlier
 * test class left open are closed, the vault folder is a fresh temporary one, and the desktop wiring runs with
 * {@link InMemoryServicesModule} (fake or real vault and services) and then the test's own overrides. Set-up the
 * window must see (a vault, clients) goes between {@link #prepare} and {@link #launch}.
 */
public final class FxApp {

    private final Stage stage;
    private final Injector injector;
    private final Path home;

    private FxApp(Stage stage, Injector injector, Path home) {
        this.stage = stage;
        this.injector = injector;
        this.home = home;
    }

    /** @param fakeServices true for the in-memory vault and services, false for the real encrypted vault */
    public static FxApp prepare(Stage stage, boolean fakeServices, Module... overrides) {
        FxWindows.closeAllBut(stage);
        Path home;
        try {
            home = Files.createTempDirectory("amparo-fx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Module services = Modules.override(AmparoModule.forDesktop()).with(new InMemoryServicesModule(home,
                fakeServices));
        Injector injector = AmparoApplication.injector(List.of(Modules.override(services).with(overrides)));
        return new FxApp(stage, injector, home);
    }

    public Injector injector() {
        return injector;
    }

    /** The temporary folder holding the vault folder. */
    public Path home() {
        return home;
    }

    /** A vault of the fake vault service in the app's vault folder, opened by {@code user} with {@code password}. */
    public FxApp withFakeVault(String user, String password) {
        injector.getInstance(FakeVaultService.class).addVault(injector.getInstance(VaultFolders.class).vault(), user,
                password);
        return this;
    }

    /** Shows the app's main window on the test's stage; returns the injector. */
    public Injector launch() {
        injector.getInstance(AppWindow.class).start(stage);
        return injector;
    }
}
