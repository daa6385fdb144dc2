package org.amparo.interchange;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.amparo.bench.Benchmark;

/** Import and export of facts documents. Needs {@code CaseService}, {@code ClientService}, backups, access, audit. */
public final class InterchangeModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ImportService.class).to(DefaultImportService.class);
        bind(ExportService.class).to(DefaultExportService.class);
        Multibinder.newSetBinder(binder(), Benchmark.class).addBinding().to(ImportBenchmark.class);
    }
}
