package org.amparo.cases.ui;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;

/** Wiring for the caseload and re-screen screens: the optional case opener. */
public final class CaseloadUiModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), CaseOpener.class);
    }
}
