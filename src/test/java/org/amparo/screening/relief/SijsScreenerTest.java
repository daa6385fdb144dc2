package org.amparo.screening.relief;

import static org.amparo.screening.ReliefResult.ElementOutcome.MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.NEEDS_REVIEW;
import static org.amparo.screening.ReliefResult.ElementOutcome.NOT_MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.UNKNOWN;
import static org.amparo.screening.ReliefResult.ReliefOutcome.LIKELY_ELIGIBLE;
import static org.amparo.screening.ReliefResult.ReliefOutcome.NEEDS_MORE_INFO;
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

class SijsScreenerTest {

    private final SijsScreener screener = new SijsScreener();

    /** Fictional youth born 2004-11-20 (21st birthday 2025-11-20) with a state court order from 2025-03-01. */
    static DeadlineFacts youth(String asOf) {
        return DeadlineFacts.asOf(asOf).set("person.given_name", "Lucia").set("person.family_name", "Prueba")
                .set("person.dob", "2004-11-20").set("sijs.state_court_order_date", "2025-03-01");
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("dl.sijs_21", "I-360 filed the day before the 21st birthday",
                        youth("2025-12-01").set("sijs.i360_filed_date", "2025-11-19"), MET, LIKELY_ELIGIBLE),
                arguments("dl.sijs_21", "I-360 filed on the 21st birthday",
                        youth("2025-12-01").set("sijs.i360_filed_date", "2025-11-20"), NOT_MET, NOT_ELIGIBLE),
                arguments("dl.sijs_21", "not filed, still 20", youth("2025-11-19"), MET, LIKELY_ELIGIBLE),
                arguments("dl.sijs_21", "not filed, turned 21 today", youth("2025-11-20"), NOT_MET, NOT_ELIGIBLE),
                arguments("dl.sijs_21", "date of birth unknown", youth("2025-09-15").remove("person.dob"), UNKNOWN,
                        NEEDS_MORE_INFO),
                arguments("sijs.state_court_order", "no order recorded",
                        youth("2025-09-15").remove("sijs.state_court_order_date"), UNKNOWN, NEEDS_MORE_INFO),
                arguments("sijs.state_court_order", "order dated after the I-360",
                        youth("2025-09-15").set("sijs.i360_filed_date", "2025-02-01"), NOT_MET, NOT_ELIGIBLE),
                arguments("sijs.unmarried", "marital status must be confirmed", youth("2025-09-15"), NEEDS_REVIEW,
                        LIKELY_ELIGIBLE),
                arguments("sijs.unmarried", "a spouse is listed",
                        youth("2025-09-15").add("family_members",
                                "{'ref':'sp-1','relationship':'spouse','marital_status':'married'}"), NOT_MET,
                        NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void screensEachElement(String ruleId, String description, DeadlineFacts facts, ElementOutcome expected,
                            ReliefOutcome outcome) {
        ReliefResult result = screener.screen(facts.build(), facts.asOfDate());

        assertThat(element(result, ruleId).result()).as(description).isEqualTo(expected);
        assertThat(result.outcome()).as(description).isEqualTo(outcome);
    }

    @Test
    void aMissingCourtOrderIsNamedAndTheStateAgeRuleFlaggedUnverified() {
        DeadlineFacts facts = youth("2025-09-15").remove("sijs.state_court_order_date");
        ReliefResult result = screener.screen(facts.build(), facts.asOfDate());

        assertThat(result.missingFacts()).containsExactly("$.sijs.state_court_order_date");
        assertThat(result.flags()).contains(ReliefResult.FLAG_UNVERIFIED);
        assertThat(element(result, "sijs.state_court_order").reason()).contains("UNVERIFIED");
    }

    @Test
    void tellsTheLastDayToFile() {
        DeadlineFacts facts = youth("2025-09-15");

        assertThat(element(screener.screen(facts.build(), facts.asOfDate()), "dl.sijs_21").reason())
                .contains("file the I-360 by 2025-11-19");
    }

    @Test
    void noSijsFactsIsNotApplicable() {
        DeadlineFacts facts = DeadlineFacts.asOf("2025-09-15").set("person.dob", "2008-01-01");

        assertThat(screener.screen(facts.build(), facts.asOfDate()).outcome())
                .isEqualTo(ReliefOutcome.NOT_APPLICABLE);
    }
}
