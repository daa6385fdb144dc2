package org.amparo.screening;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import jakarta.inject.Singleton;
import org.amparo.bench.Benchmark;
import org.amparo.screening.enforcement.EnforcementEngine;
import org.amparo.screening.rescreen.RescreenBenchmark;

/** Binds the screening engine the app ships ({@link StandardScreening}) and the enforcement engine inside it. */
public final class ScreeningModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<Benchmark> benchmarks = Multibinder.newSetBinder(binder(), Benchmark.class);
        benchmarks.addBinding().to(ScreeningBenchmark.class);
        // bound before the clients' search benchmark (a set binder keeps binding order): it fills the vault with cases
        benchmarks.addBinding().to(RescreenBenchmark.class);
    }

    @Provides
    @Singleton
    ScreeningEngine screeningEngine() {
        return StandardScreening.create();
    }

    @Provides
    @Singleton
    EnforcementEngine enforcementEngine(ScreeningEngine engine) {
        return engine.enforcement();
    }
}
