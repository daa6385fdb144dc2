package org.amparo.screening.rescreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amparo.bench.BenchFigure;
import org.amparo.clients.SyntheticClients;
import org.junit.jupiter.api.Test;

class RescreenBenchmarkTest {

    private final RescreenFixtures f = new RescreenFixtures();
    private final RescreenBenchmark bench = new RescreenBenchmark(f.cases, f.service);

    @Test
    void fillsTheVaultWithSyntheticCasesThenReScreensThemAll() {
        List<BenchFigure> figures = bench.run(1_500, 7);

        BenchFigure figure = figures.get(0);
        assertThat(figure.id()).isEqualTo("rescreen.seconds");
        assertThat(figure.value()).isPositive();
        assertThat(figure.target()).isEqualTo(20.0);
        assertThat(figure.note()).contains("1500 open cases").contains("1500 cases imported");
        assertThat(f.cases.runs()).singleElement().satisfies(r -> assertThat(r.casesScreened()).isEqualTo(1_500));
        assertThat(f.cases.history(1)).hasSize(1);
    }

    @Test
    void theImportedPeopleAreTheSearchBenchmarksClientsAndTheVaultIsFilledOnlyOnce() {
        bench.run(50, 7);
        assertThat(f.cases.caseload(org.amparo.cases.CaseQuery.all(), RescreenBenchmark.AS_OF, 0, 100))
                .extracting(r -> r.clientDisplayName())
                .contains(SyntheticClients.person(7, 3).givenName() + " " + SyntheticClients.person(7, 3).familyName());

        assertThat(bench.fill(50, 7)).isZero();
        assertThat(f.cases.count(org.amparo.cases.CaseQuery.all(), RescreenBenchmark.AS_OF)).isEqualTo(50);
    }
}
