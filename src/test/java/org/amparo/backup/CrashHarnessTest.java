package org.amparo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short run of the crash proof (the long run: {@link CrashHarness#main}, 200+ iterations). */
class CrashHarnessTest {

    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedSaveSurvivesKillMinusNine() throws Exception {
        int iterations = Integer.getInteger("amparo.crash.iterations", 3);
        CrashHarness harness = new CrashHarness(temp.resolve("vault"), 7);
        harness.createVault();

        CrashHarness.Result result = harness.run(iterations, line -> { });

        assertThat(result.acknowledged()).isPositive();
        assertThat(result.lost()).isZero();
    }
}
