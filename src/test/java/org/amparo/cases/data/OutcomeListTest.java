package org.amparo.cases.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.amparo.screening.FrameworkOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stored screening's outcome list reads back as written, whatever its keys hold. */
class OutcomeListTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "dhs2021_mayorkas; |dhs2021_mayorkas=PRIORITY|",
        "a|b; |a%7Cb=PRIORITY|",
        "a=b; |a%3Db=PRIORITY|",
        "100%; |100%25=PRIORITY|",
        "%7C; |%257C=PRIORITY|",
        "x%3D=|; |x%253D%3D%7C=PRIORITY|",
    })
    void keysAreEscapedAndReadBack(String key, String encoded) {
        String text = OutcomeList.encode(Map.of(key, FrameworkOutcome.PRIORITY));

        assertThat(text).isEqualTo(encoded).contains(OutcomeList.entry(key, FrameworkOutcome.PRIORITY));
        assertThat(OutcomeList.decode(text, Function.identity(), FrameworkOutcome::valueOf))
                .isEqualTo(Map.of(key, FrameworkOutcome.PRIORITY));
    }

    @ParameterizedTest(name = "[{index}]")
    @CsvSource(delimiter = ';', value = {"|", "''"})
    void anEmptyListReadsAsNoOutcomes(String text) {
        assertThat(OutcomeList.decode(text, Function.identity(), FrameworkOutcome::valueOf)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void entriesAreOrderedByKey() {
        assertThat(OutcomeList.encode(Map.of("b", FrameworkOutcome.NOT_PRIORITY, "a", FrameworkOutcome.PRIORITY)))
                .isEqualTo("|a=PRIORITY|b=NOT_PRIORITY|");
    }
}
