package org.amparo.cases;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.amparo.security.VaultOpenTask;

/**
 * Cases and their clients' facts: the service, and the re-screen recovery run when the vault opens. Needs
 * {@code Database}, {@code ClientService}, access and audit.
 */
public final class CasesModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(CaseService.class).to(DefaultCaseService.class);
        bind(DemoCases.class).to(SyntheticDemoCases.class);
        Multibinder.newSetBinder(binder(), VaultOpenTask.class).addBinding().to(ScreeningRecoveryOnOpen.class);
    }
}
