package org.amparo.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.Set;
import org.amparo.bootstrap.AmparoModule;
import org.amparo.security.VaultOpenTask;
import org.junit.jupiter.api.Test;

/** The app puts right what a crash left of re-screens each time the vault opens, through its one case service. */
class ScreeningRecoveryWiringTest {

    @Test
    void openingTheVaultRunsTheRescreenRecoveryOfTheAppsOnlyCaseService() {
        Injector injector = Guice.createInjector(AmparoModule.forCli());

        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<VaultOpenTask>>() { })))
                .hasAtLeastOneElementOfType(ScreeningRecoveryOnOpen.class);
        assertThat(injector.getInstance(CaseService.class)).isSameAs(injector.getInstance(CaseService.class));
    }
}
