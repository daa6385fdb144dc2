package org.amparo.clients.ui;

import com.google.inject.AbstractModule;
import com.google.inject.assistedinject.FactoryModuleBuilder;

/** Wiring for the client screens: the form's ViewModel factory. */
public final class ClientsUiModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new FactoryModuleBuilder().build(ClientFormViewModel.Factory.class));
    }
}
