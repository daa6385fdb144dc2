package org.amparo.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupBenchTest {

    @Test
    void benchUserTurnsOnAutomaticUnlockWithThePasswordFromTheEnvironment() {
        var credentials = StartupBench.credentials(Map.of("AMPARO_BENCH_USER", "bench",
                "AMPARO_PASSWORD", "synthetic vault only"));
        assertThat(credentials).hasValueSatisfying(c -> {
            assertThat(c.user()).isEqualTo("bench");
            assertThat(new String(c.password())).isEqualTo("synthetic vault only");
        });
    }

    @Test
    void withoutBenchUserTheAppStartsNormally() {
        assertThat(StartupBench.credentials(Map.of("AMPARO_PASSWORD", "x"))).isEmpty();
        assertThat(StartupBench.credentials(Map.of("AMPARO_BENCH_USER", " "))).isEmpty();
    }
}
