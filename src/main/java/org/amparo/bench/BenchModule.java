package org.amparo.bench;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;

/** The bench suite: its context and the start-up benchmark (features contribute theirs to the same set). */
public final class BenchModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(BenchContext.class);
        Multibinder.newSetBinder(binder(), Benchmark.class).addBinding().to(StartupBenchmark.class);
    }
}
