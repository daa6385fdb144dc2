package org.amparo.summaries;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.amparo.bench.Benchmark;
import org.amparo.summaries.reports.DefaultReportService;
import org.amparo.summaries.reports.ReportService;

/** Binds the case-summary service and its benchmark. */
public final class SummariesModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(SummaryService.class).to(DefaultSummaryService.class);
        bind(ReportService.class).to(DefaultReportService.class);
        Multibinder.newSetBinder(binder(), Benchmark.class).addBinding().to(SummaryBenchmark.class);
    }
}
