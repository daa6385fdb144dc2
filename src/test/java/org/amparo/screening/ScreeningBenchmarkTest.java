package org.amparo.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amparo.bench.BenchFigure;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.junit.jupiter.api.Test;

class ScreeningBenchmarkTest {

    @Test
    void reportsDocumentsPerSecondWithItsTarget() {
        ScreeningFakes.Enforcement enforcement = new ScreeningFakes.Enforcement();
        ScreeningEngine engine = new ScreeningEngine(enforcement,
                ScreeningFakes.screeners(ReliefOutcome.NOT_APPLICABLE),
                new ScreeningFakes.Deadlines(), "test");

        List<BenchFigure> figures = new ScreeningBenchmark(engine, 20_000_000L, 50_000_000L).run(10, 7L);

        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("screen.docs_per_s");
            assertThat(f.unit()).isEqualTo("docs/s");
            assertThat(f.target()).isEqualTo(20_000.0);
            assertThat(f.value()).isPositive();
            assertThat(f.note()).contains("seed 7");
        });
        assertThat(enforcement.asOfSeen).hasSizeGreaterThan(10);
    }

    @Test
    void theSyntheticDocumentsDependOnlyOnTheSeed() {
        assertThat(new SyntheticFacts(5, 0.3).next(1)).isEqualTo(new SyntheticFacts(5, 0.3).next(1));
        assertThat(new SyntheticFacts(5, 0.3).next(1)).isNotEqualTo(new SyntheticFacts(6, 0.3).next(1));
    }
}
