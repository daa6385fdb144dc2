package org.amparo.clients;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.amparo.bench.Benchmark;

/** Clients: the service, demo data, and the search benchmark. Needs {@code Database} and {@code VaultService}. */
public final class ClientsModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ClientService.class).to(DefaultClientService.class);
        bind(DemoDataService.class).to(DefaultDemoDataService.class);
        Multibinder.newSetBinder(binder(), Benchmark.class).addBinding().to(SearchBenchmark.class);
    }
}
