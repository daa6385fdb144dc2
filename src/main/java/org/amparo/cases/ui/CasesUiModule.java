package org.amparo.cases.ui;

import com.google.inject.AbstractModule;
import com.google.inject.assistedinject.FactoryModuleBuilder;

/** Wiring for the case workspace's screens: the ViewModel factories of the case view, intake and a client's cases. */
public final class CasesUiModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new FactoryModuleBuilder().build(CaseViewModel.Factory.class));
        install(new FactoryModuleBuilder().build(IntakeViewModel.Factory.class));
        install(new FactoryModuleBuilder().build(ClientCasesViewModel.Factory.class));
    }
}
