package org.amparo.summaries;

import com.google.inject.AbstractModule;

/** Binds the case-summary service. */
public final class SummariesModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(SummaryService.class).to(DefaultSummaryService.class);
    }
}
