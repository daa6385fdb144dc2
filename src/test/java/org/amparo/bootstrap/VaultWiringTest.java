package org.amparo.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.VaultDatabase;
import org.amparo.security.H2VaultService;
import org.amparo.security.VaultService;
import org.junit.jupiter.api.Test;

class VaultWiringTest {

    @Test
    void oneVaultServiceAndOneDatabaseForTheWholeApplication() {
        Injector injector = Guice.createInjector(AmparoModule.forCli());

        assertThat(injector.getInstance(VaultService.class)).isInstanceOf(H2VaultService.class)
                .isSameAs(injector.getInstance(VaultService.class));
        assertThat(injector.getInstance(Database.class)).isInstanceOf(VaultDatabase.class)
                .isSameAs(injector.getInstance(VaultDatabase.class));
        assertThat(injector.getInstance(Database.class).isOpen()).isFalse();
    }
}
