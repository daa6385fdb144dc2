package org.amparo.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.amparo.bootstrap.AmparoModule;
import org.amparo.screening.enforcement.EnforcementEngine;
import org.junit.jupiter.api.Test;

class ScreeningModuleTest {

    @Test
    void theCommandLineInjectorProvidesOneScreeningEngineAndItsEnforcementEngine() {
        Injector injector = Guice.createInjector(AmparoModule.forCli());

        ScreeningEngine engine = injector.getInstance(ScreeningEngine.class);

        assertThat(injector.getInstance(ScreeningEngine.class)).isSameAs(engine);
        assertThat(injector.getInstance(EnforcementEngine.class)).isSameAs(engine.enforcement());
        assertThat(engine.frameworkIds()).contains("dhs2014_johnson", "eo13768_2017", "doj2017_sessions",
                "dhs2021_mayorkas", "eo14159_2025");
        assertThat(injector.getInstance(ScreeningRunner.class)).isNotNull();
        assertThat(injector.getInstance(ScreeningBenchmark.class)).isNotNull();
    }
}
