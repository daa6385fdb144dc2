package org.amparo.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupBenchmarkTest {

    @TempDir
    Path vault;

    @Test
    void floorWindowReportsTheTimeToShownFromAFreshJvm() throws Exception {
        BenchContext context = new BenchContext();
        context.set(vault, "bench", "not-used-by-the-floor".toCharArray());
        StartupBenchmark benchmark = new StartupBenchmark(null, context);

        double ms = benchmark.timeToShown("org.amparo.bench.FloorWindow");

        assertThat(ms).isPositive().isLessThan(120_000);
    }

    @Test
    void aProgramThatNeverReportsShownIsAFailureNotAFigure() {
        BenchContext context = new BenchContext();
        context.set(vault, "bench", "x".toCharArray());
        StartupBenchmark benchmark = new StartupBenchmark(null, context);

        assertThatThrownBy(() -> benchmark.timeToShown("org.amparo.bench.StartupBenchmarkTest$ExitsAtOnce"))
                .hasMessageContaining("without reporting a shown window");
    }

    @Test
    void medianOfFiveRuns() {
        assertThat(StartupBenchmark.median(new double[] {900, 700, 1200, 800, 5000})).isEqualTo(900);
    }

    /** A main class that exits without showing anything. */
    public static final class ExitsAtOnce {
        public static void main(String[] args) {
            // exits without writing the shown file
        }
    }
}
