package org.amparo.screening.enforcement;

import static org.amparo.facts.Immigration.EntryManner.EWI;
import static org.amparo.screening.CategoryOutcome.MATCH;
import static org.amparo.screening.CategoryOutcome.NO_MATCH;
import static org.amparo.screening.enforcement.Facts.clean;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.FrameworkResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Date boundaries: category cut-off dates and each framework's first day in force. */
class BoundariesTest {

    private static final DataDrivenEnforcementEngine ENGINE = DataDrivenEnforcementEngine.bundled();

    @ParameterizedTest(name = "m21.border_b: EWI on {0} -> {1}, framework {2}")
    @CsvSource({
        "2020-10-31, NO_MATCH, NOT_PRIORITY",
        "2020-11-01, NO_MATCH, NOT_PRIORITY",
        "2020-11-02, MATCH,    PRIORITY"
    })
    void mayorkasBorderEntryIsStrictlyAfterNovemberFirst(String entered, CategoryOutcome expected,
                                                         FrameworkOutcome outcome) {
        FrameworkResult result = ENGINE.evaluate(clean().entry(EWI, entered).build(), LocalDate.parse("2022-01-10"),
                List.of("dhs2021_mayorkas")).get(0);

        assertThat(result.categories()).filteredOn(c -> c.id().equals("m21.border_b"))
                .singleElement().satisfies(c -> assertThat(c.result()).isEqualTo(expected));
        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.inForceOnAsOf()).isTrue();
    }

    @ParameterizedTest(name = "j14.p2c_recent_entrant: present since {0} -> {1}")
    @CsvSource({"2013-12-31, NO_MATCH", "2014-01-01, NO_MATCH", "2014-01-02, MATCH"})
    void johnsonPresenceSinceNewYear2014(String since, CategoryOutcome expected) {
        assertThat(CategoryRulesTest.category(clean().entry(EWI, since), "j14.p2c_recent_entrant").result())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "j14.p3_final_order_2014: order dated {0} -> {1}")
    @CsvSource({"2013-12-31, NO_MATCH", "2014-01-01, MATCH"})
    void johnsonFinalOrderFromNewYear2014(String date, CategoryOutcome expected) {
        assertThat(CategoryRulesTest.category(clean().finalOrder(true, date, false), "j14.p3_final_order_2014")
                .result()).isEqualTo(expected);
    }

    static Stream<Arguments> firstDays() {
        return ENGINE.catalog().all().stream().flatMap(fw -> Stream.of(
                Arguments.of(fw.id(), fw.effectiveFrom().minusDays(1), false),
                Arguments.of(fw.id(), fw.effectiveFrom(), true)));
    }

    @ParameterizedTest(name = "{0} in force on {1}: {2}")
    @MethodSource("firstDays")
    void inForceFromTheFirstDayNotTheDayBefore(String id, LocalDate date, boolean expected) {
        FrameworkResult result = ENGINE.evaluate(clean().build(), date, List.of(id)).get(0);

        assertThat(result.inForceOnAsOf()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "civil framework in force on {0}: {1}")
    @CsvSource({
        "2015-01-04, ''",
        "2015-01-05, dhs2014_johnson",
        "2017-01-24, dhs2014_johnson",
        "2017-01-25, eo13768_2017",
        "2017-04-11, eo13768_2017",
        "2021-01-19, eo13768_2017",
        "2021-01-20, ''",
        "2021-11-28, ''",
        "2021-11-29, dhs2021_mayorkas",
        "2025-01-19, dhs2021_mayorkas",
        "2025-01-20, eo14159_2025",
        "2025-09-15, eo14159_2025"
    })
    void civilFrameworkInForce(LocalDate date, String expected) {
        assertThat(ENGINE.inForceOn(date).orElse("")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ends on its effective_to")
    @CsvSource({"dhs2014_johnson, 2017-02-20", "eo13768_2017, 2021-01-20", "dhs2021_mayorkas, 2025-01-20"})
    void endsOnEffectiveTo(String id, LocalDate end) {
        FrameworkDefinition fw = ENGINE.catalog().find(id).orElseThrow();

        assertThat(fw.effectiveTo()).isEqualTo(end);
        assertThat(fw.inForceOn(end.minusDays(1))).isTrue();
        assertThat(fw.inForceOn(end)).isFalse();
    }
}
