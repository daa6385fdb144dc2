package org.amparo.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.amparo.facts.FactsDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a re-screen stores comes from {@link ScreeningEngine#outcomes}: for any document it must be exactly the
 * enforcement, relief and deadline results of the full screening the case view shows.
 */
class ScreeningOutcomesTest {

    private static final ScreeningEngine ENGINE = StandardScreening.create();
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "seed {0}, unknown rate {1}, frameworks {2}")
    @CsvSource({"1, 0.0, ''", "2, 0.2, ''", "3, 0.5, ''", "4, 0.2, eo14159_2025", "5, 0.2, dhs2021_mayorkas"})
    void theStoredOutcomesAreThoseOfTheFullScreening(long seed, double unknownRate, String framework) {
        SyntheticFacts synthetic = new SyntheticFacts(seed, unknownRate);
        List<String> frameworks = framework.isEmpty() ? List.of() : List.of(framework);
        for (int i = 0; i < 300; i++) {
            FactsDocument facts = synthetic.next(i);

            ScreeningDocument full = ENGINE.screen(facts, AS_OF, frameworks);
            ScreeningEngine.Outcomes stored = ENGINE.outcomes(facts, AS_OF, frameworks);

            assertThat(stored.enforcement()).as("document %d", i).isEqualTo(full.enforcement());
            assertThat(stored.relief()).as("document %d", i).isEqualTo(full.relief());
            assertThat(stored.deadlines()).as("document %d", i).isEqualTo(full.deadlines());
        }
    }

    @ParameterizedTest
    @CsvSource({"no_such_framework"})
    void anUnknownFrameworkIsNamed(String framework) {
        assertThatThrownBy(() -> ENGINE.outcomes(new SyntheticFacts(1, 0).next(0), AS_OF, List.of(framework)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(framework);
    }
}
