package org.amparo.cases;

import com.google.inject.AbstractModule;

/** Cases and their clients' facts: the service. Needs {@code Database}, {@code ClientService}, access and audit. */
public final class CasesModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(CaseService.class).to(DefaultCaseService.class);
        bind(DemoCases.class).to(SyntheticDemoCases.class);
    }
}
