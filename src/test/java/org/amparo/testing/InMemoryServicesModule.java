package org.amparo.testing;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import java.nio.file.Path;
import org.amparo.cases.CaseService;
import org.amparo.clients.ClientService;
import org.amparo.clients.DemoDataService;
import org.amparo.platform.prefs.InMemoryUiPreferences;
import org.amparo.platform.prefs.UiPreferences;
import org.amparo.security.UserService;
import org.amparo.security.VaultKeys;
import org.amparo.security.SessionLocking;
import org.amparo.security.VaultService;
import org.amparo.security.ui.VaultFolders;

/**
 * Services for UI tests and the dev launcher: in-memory vault and clients, preferences that are not kept, and a
 * vault folder under {@code home}. Used as an override of {@code AmparoModule.forDesktop()}.
 */
public final class InMemoryServicesModule extends AbstractModule {

    private final Path home;
    private final boolean fakeServices;

    /** @param fakeServices false keeps the real vault and client services (only the folder and prefs change) */
    public InMemoryServicesModule(Path home, boolean fakeServices) {
        this.home = home;
        this.fakeServices = fakeServices;
    }

    @Override
    protected void configure() {
        bind(VaultFolders.class).toInstance(new VaultFolders(home.resolve("vault")));
        bind(UiPreferences.class).to(InMemoryUiPreferences.class).asEagerSingleton();
        if (fakeServices) {
            bind(VaultService.class).to(FakeVaultService.class);
            bind(VaultKeys.class).to(FakeVaultService.class);
            bind(UserService.class).to(FakeUserService.class);
            bind(org.amparo.security.AccessControl.class).to(FakeAccessControl.class);
            bind(SessionLocking.class).to(FakeVaultService.class);
            bind(ClientService.class).to(InMemoryClientService.class);
            bind(CaseService.class).to(InMemoryCaseService.class).in(Singleton.class);
            bind(DemoDataService.class).to(FakeDemoDataService.class);
        }
    }
}
