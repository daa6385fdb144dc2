package org.amparo.screening.relief;

import static org.amparo.screening.relief.VawaSelfPetitionScreenerTest.element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.amparo.deadlines.DeadlineFacts;
import org.amparo.deadlines.RuleDeadlineCalculator;
import org.amparo.screening.Deadline;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deadline list and the relief screens must agree: filing on the calculator's date meets the screener's
 * element, filing one day later does not.
 */
class ScreenerDeadlineAgreementTest {

    private final RuleDeadlineCalculator calculator = new RuleDeadlineCalculator();

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("dl.vawa_2y", "vawa.2y.divorce", new VawaSelfPetitionScreener(), "vawa.filed_date",
                        VawaSelfPetitionScreenerTest.formerSpouse("2024-02-29")),
                arguments("dl.vawa_2y", "vawa.2y.lost_status", new VawaSelfPetitionScreener(), "vawa.filed_date",
                        VawaSelfPetitionScreenerTest.statusLost("2024-07-31")),
                arguments("dl.vawa_2y", "vawa.2y.death_usc", new VawaSelfPetitionScreener(), "vawa.filed_date",
                        VawaSelfPetitionScreenerTest.widow("2024-01-01")),
                arguments("dl.vawa_25", "vawa.child_to_25", new VawaSelfPetitionScreener(), "vawa.filed_date",
                        VawaSelfPetitionScreenerTest.daughter()),
                arguments("dl.sijs_21", "dl.sijs_21", new SijsScreener(), "sijs.i360_filed_date",
                        SijsScreenerTest.youth("2025-09-15")),
                arguments("dl.asylum_1y", "dl.asylum_1y", new AsylumScreener(), "asylum.filed_date",
                        AsylumScreenerTest.lateWithNoException()));
    }

    @ParameterizedTest(name = "{0} agrees with {1}")
    @MethodSource("rows")
    void filingOnTheDeadlineIsInTimeAndTheDayAfterIsNot(String deadlineId, String elementId,
                                                       ReliefScreener screener, String filedPath,
                                                       DeadlineFacts facts) {
        LocalDate deadline = calculator.compute(facts.build(), facts.asOfDate()).stream()
                .filter(d -> d.id().equals(deadlineId)).map(Deadline::date).findFirst().orElseThrow();

        DeadlineFacts onTime = facts.copy().set(filedPath, deadline.toString()).set("as_of", "2030-01-01");
        DeadlineFacts late = facts.copy().set(filedPath, deadline.plusDays(1).toString()).set("as_of", "2030-01-01");

        assertThat(element(screener.screen(onTime.build(), onTime.asOfDate()), elementId).result())
                .isEqualTo(ElementOutcome.MET);
        assertThat(element(screener.screen(late.build(), late.asOfDate()), elementId).result())
                .isEqualTo(ElementOutcome.NOT_MET);
    }
}
