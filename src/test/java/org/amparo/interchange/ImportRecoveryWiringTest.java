package org.amparo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.Set;
import org.amparo.bootstrap.AmparoModule;
import org.amparo.security.VaultOpenTask;
import org.amparo.security.VaultService;
import org.junit.jupiter.api.Test;

/** The app removes imports a crash cut short each time the vault opens, through its one import service. */
class ImportRecoveryWiringTest {

    @Test
    void openingTheVaultRunsTheImportRecoveryOfTheAppsOnlyImportService() {
        Injector injector = Guice.createInjector(AmparoModule.forCli());

        assertThat(injector.getInstance(VaultService.class)).isNotNull();
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<VaultOpenTask>>() { })))
                .hasAtLeastOneElementOfType(ImportRecoveryOnOpen.class);
        assertThat(injector.getInstance(ImportService.class)).isSameAs(injector.getInstance(ImportService.class));
    }
}
