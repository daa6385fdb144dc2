package org.amparo.summaries;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.amparo.bench.Benchmark;

/** Binds the case-summary service and its benchmark. */
public final class SummariesModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(SummaryService.class).to(DefaultSummaryService.class);
        Multibinder.newSetBinder(binder(), Benchmark.class).addBinding().to(SummaryBenchmark.class);
    }
}
