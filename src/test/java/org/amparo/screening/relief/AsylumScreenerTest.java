package org.amparo.screening.relief;

import static org.amparo.screening.ReliefResult.ElementOutcome.MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.NEEDS_REVIEW;
import static org.amparo.screening.ReliefResult.ElementOutcome.NOT_MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.UNKNOWN;
import static org.amparo.screening.ReliefResult.ReliefOutcome.LIKELY_ELIGIBLE;
import static org.amparo.screening.ReliefResult.ReliefOutcome.NEEDS_MORE_INFO;
import static org.amparo.screening.ReliefResult.ReliefOutcome.NOT_APPLICABLE;
import static org.amparo.screening.ReliefResult.ReliefOutcome.NOT_ELIGIBLE;
import static org.amparo.screening.relief.VawaSelfPetitionScreenerTest.element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.amparo.deadlines.DeadlineFacts;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AsylumScreenerTest {

    private final AsylumScreener screener = new AsylumScreener();

    /** Fictional arrival on 2024-10-15: the one-year anniversary is 2025-10-15. */
    static DeadlineFacts arrived(String asOf) {
        return DeadlineFacts.asOf(asOf).set("asylum.intends_to_apply", true)
                .set("asylum.last_arrival_date", "2024-10-15");
    }

    static DeadlineFacts lateWithNoException() {
        return arrived("2025-11-01").set("asylum.changed_circumstances", false)
                .set("asylum.extraordinary_circumstances", false)
                .set("immigration.unaccompanied_child_designation", false);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("dl.asylum_1y", "not filed, before the anniversary", arrived("2025-09-15"), MET,
                        LIKELY_ELIGIBLE),
                arguments("dl.asylum_1y", "not filed, on the anniversary", arrived("2025-10-15"), MET,
                        LIKELY_ELIGIBLE),
                arguments("dl.asylum_1y", "filed on the anniversary",
                        lateWithNoException().set("asylum.filed_date", "2025-10-15"), MET, LIKELY_ELIGIBLE),
                arguments("dl.asylum_1y", "filed the day after the anniversary, no exception",
                        lateWithNoException().set("asylum.filed_date", "2025-10-16"), NOT_MET, NOT_ELIGIBLE),
                arguments("dl.asylum_1y", "not filed, a day after the anniversary, no exception",
                        lateWithNoException().set("as_of", "2025-10-16"), NOT_MET, NOT_ELIGIBLE),
                arguments("dl.asylum_1y", "late with changed circumstances",
                        lateWithNoException().set("asylum.changed_circumstances", true), NEEDS_REVIEW,
                        LIKELY_ELIGIBLE),
                arguments("dl.asylum_1y", "late with extraordinary circumstances",
                        lateWithNoException().set("asylum.extraordinary_circumstances", true), NEEDS_REVIEW,
                        LIKELY_ELIGIBLE),
                arguments("dl.asylum_1y", "late, exceptions unknown", arrived("2025-11-01"), UNKNOWN,
                        NEEDS_MORE_INFO),
                arguments("dl.asylum_1y", "unaccompanied child is exempt",
                        lateWithNoException().set("immigration.unaccompanied_child_designation", true), MET,
                        LIKELY_ELIGIBLE),
                arguments("dl.asylum_1y", "arrival date unknown",
                        arrived("2025-09-15").remove("asylum.last_arrival_date"), UNKNOWN, NEEDS_MORE_INFO),
                arguments("dl.asylum_1y", "arrival taken from immigration.last_entry_date",
                        arrived("2025-09-15").remove("asylum.last_arrival_date")
                                .set("immigration.last_entry_date", "2025-01-20"), MET, LIKELY_ELIGIBLE));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void screensTheOneYearDeadline(String ruleId, String description, DeadlineFacts facts, ElementOutcome expected,
                                   ReliefOutcome outcome) {
        ReliefResult result = screener.screen(facts.build(), facts.asOfDate());

        assertThat(element(result, ruleId).result()).as(description).isEqualTo(expected);
        assertThat(result.outcome()).as(description).isEqualTo(outcome);
    }

    @Test
    void saysItScreensTheDeadlineNotTheMerits() {
        DeadlineFacts facts = arrived("2025-09-15");
        ReliefResult result = screener.screen(facts.build(), facts.asOfDate());

        assertThat(element(result, "asylum.merits").result()).isEqualTo(NEEDS_REVIEW);
        assertThat(element(result, "asylum.merits").reason()).contains("not the merits");
        assertThat(element(result, "dl.asylum_1y").reason()).contains("file by 2025-10-15");
    }

    @Test
    void aBarredClaimPointsToWithholdingAndCat() {
        DeadlineFacts facts = lateWithNoException();

        assertThat(element(screener.screen(facts.build(), facts.asOfDate()), "dl.asylum_1y").reason())
                .contains("Withholding of removal").contains("CAT");
    }

    @Test
    void unknownExceptionsAreNamedAsMissingFacts() {
        DeadlineFacts facts = arrived("2025-11-01");

        assertThat(screener.screen(facts.build(), facts.asOfDate()).missingFacts()).containsExactlyInAnyOrder(
                "$.asylum.changed_circumstances", "$.asylum.extraordinary_circumstances",
                "$.immigration.unaccompanied_child_designation");
    }

    @Test
    void notApplicableWithoutAsylumFactsOrWhenSheDoesNotIntendToApply() {
        DeadlineFacts none = DeadlineFacts.asOf("2025-09-15");
        DeadlineFacts notApplying = arrived("2025-09-15").set("asylum.intends_to_apply", false);

        assertThat(screener.screen(none.build(), none.asOfDate()).outcome()).isEqualTo(NOT_APPLICABLE);
        assertThat(screener.screen(notApplying.build(), notApplying.asOfDate()).outcome())
                .isEqualTo(NOT_APPLICABLE);
    }
}
