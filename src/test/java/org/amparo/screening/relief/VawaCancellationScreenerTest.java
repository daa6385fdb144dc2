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

class VawaCancellationScreenerTest {

    private final VawaCancellationScreener screener = new VawaCancellationScreener();

    /** Fictional spouse of an abusive U.S. citizen, in removal proceedings, present since 2015. */
    static DeadlineFacts inProceedings() {
        return VawaSelfPetitionScreenerTest.spouse().set("immigration.removal_proceedings_pending", true)
                .set("immigration.continuous_presence_since", "2015-03-01");
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("vawa.cancel", "hardship and bars always go to an attorney", inProceedings(),
                        NEEDS_REVIEW, LIKELY_ELIGIBLE),
                arguments("vawa.cancel.proceedings", "not in removal proceedings",
                        inProceedings().set("immigration.removal_proceedings_pending", false), NOT_MET,
                        NOT_ELIGIBLE),
                arguments("vawa.cancel.proceedings", "proceedings unknown",
                        inProceedings().remove("immigration.removal_proceedings_pending"), UNKNOWN,
                        NEEDS_MORE_INFO),
                arguments("vawa.cancel.presence_3y", "exactly three years on as_of",
                        inProceedings().set("immigration.continuous_presence_since", "2022-09-15"), MET,
                        LIKELY_ELIGIBLE),
                arguments("vawa.cancel.presence_3y", "three years less a day",
                        inProceedings().set("immigration.continuous_presence_since", "2022-09-16"), NOT_MET,
                        NOT_ELIGIBLE),
                arguments("vawa.cancel.presence_3y", "presence unknown",
                        inProceedings().remove("immigration.continuous_presence_since"), UNKNOWN, NEEDS_MORE_INFO),
                arguments("vawa.cancel.abuser", "abuser lost status: still 'was' a USC or LPR",
                        inProceedings().set("vawa.abuser_status", "none")
                                .set("vawa.abuser_status_loss_date", "2019-01-01"), MET, LIKELY_ELIGIBLE),
                arguments("vawa.cancel.abuser", "abusive son does not qualify",
                        inProceedings().set("vawa.abuser_relationship", "son_daughter"), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.cancel.abuser", "abuser never had status",
                        inProceedings().set("vawa.abuser_status", "none"), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.cancel.abuse", "abuse outside the relationship",
                        inProceedings().set("vawa.abuse_during_relationship", false), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.cancel.gmc", "aggravated felony conviction",
                        inProceedings().json("criminal.conviction_offenses",
                                "[{'offense_label':'Demo offense','aggravated_felony':'yes'}]"), NOT_MET,
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
    void everyScreenIsFlaggedForAnAttorneyAndAsUnverified() {
        DeadlineFacts facts = inProceedings();

        assertThat(screener.screen(facts.build(), facts.asOfDate()).flags())
                .contains(ReliefResult.FLAG_ATTORNEY_REVIEW, ReliefResult.FLAG_UNVERIFIED);
    }

    @Test
    void noVawaFactsIsNotApplicable() {
        DeadlineFacts facts = DeadlineFacts.asOf("2025-09-15").set("immigration.removal_proceedings_pending", true);

        assertThat(screener.screen(facts.build(), facts.asOfDate()).outcome())
                .isEqualTo(ReliefOutcome.NOT_APPLICABLE);
    }
}
