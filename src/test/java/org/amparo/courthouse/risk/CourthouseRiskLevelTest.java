package org.amparo.courthouse.risk;

import static org.amparo.courthouse.risk.CourthouseRiskFactorTest.onlyRisk;
import static org.amparo.courthouse.risk.RiskCase.DIRECTIVE_2018;
import static org.amparo.courthouse.risk.RiskCase.INTERIM_2025;
import static org.amparo.courthouse.risk.RiskCase.LYONS_2025;
import static org.amparo.courthouse.risk.RiskCase.MEMO_2021;
import static org.amparo.courthouse.risk.RiskCase.baseline;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.amparo.facts.CourtEvent.ClientRole;
import org.amparo.facts.CourtEvent.CourtType;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.facts.IceCheckin;
import org.amparo.facts.Immigration.CurrentStatus;
import org.amparo.screening.CourthouseRisk.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Level boundaries (LOW ≤ 1 < MODERATE ≤ 4 < HIGH ≤ 7 < SEVERE) and whole cases, each naming its factors. */
class CourthouseRiskLevelTest {

    @ParameterizedTest(name = "{0} points -> {1}")
    @CsvSource({"-3, LOW", "1, LOW", "2, MODERATE", "4, MODERATE", "5, HIGH", "7, HIGH", "8, SEVERE", "12, SEVERE"})
    void pointsMakeLevels(int points, Level level) {
        RiskScore score = new RiskScore();
        score.add("risk.test_points", points, "test");
        assertThat(score.level()).isEqualTo(level);
    }

    @Test
    void capsHoldTheLevelDown() {
        RiskScore score = new RiskScore();
        score.add("risk.test_points", 9, "test");
        score.cap("risk.courthouse_policy_2021_cap", Level.MODERATE, "test");
        assertThat(score.level()).isEqualTo(Level.MODERATE);
        score.cap("risk.not_removable", Level.LOW, "test");
        assertThat(score.level()).isEqualTo(Level.LOW);
    }

    static Stream<Arguments> cases() {
        RiskCase tipped = baseline().finalOrder().place(List.of(Model287g.TFM), null)
                .flags(null, null, null, true, true);
        return Stream.of(
                Arguments.of("policy_2025 +1, noncriminal_court -1 = 0", baseline(), Level.LOW),
                Arguments.of("final_order +3 = 3", baseline().finalOrder(), Level.MODERATE),
                Arguments.of("final_order +3, 287g_tfm +2 = 5",
                        baseline().finalOrder().place(List.of(Model287g.TFM), null), Level.HIGH),
                Arguments.of("final_order, 287g_tfm, abuser_tip = 8", tipped, Level.SEVERE),
                Arguments.of("same with remote_available -1 = 7", tipped.flags(null, true, null, true, true),
                        Level.HIGH),
                Arguments.of("same on a 2021-memo date: 6, capped", tipped.on(MEMO_2021), Level.MODERATE),
                Arguments.of("same for a U.S. citizen: not_removable caps", tipped.status(CurrentStatus.USC),
                        Level.LOW),
                Arguments.of("final_order, state_law -2 under the interim guidance = 1",
                        baseline().finalOrder().state("NY").on(INTERIM_2025), Level.LOW),
                Arguments.of("final_order, state_law -1 under the May 2025 memo = 2",
                        baseline().finalOrder().state("NY"), Level.MODERATE),
                Arguments.of("criminal_court +2, defendant +1, conviction +2, 287g_jail +1, ice activity +2 = 9",
                        baseline().court(CourtType.criminal, ClientRole.defendant).conviction()
                                .place(List.of(Model287g.JEM), 4), Level.SEVERE),
                Arguments.of("check-in: checkin_known_date +1 = 1", RiskCase.checkin(IceCheckin.Type.ATD), Level.LOW),
                Arguments.of("check-in: final_order +3, known_date +1, supervision +1 = 5",
                        RiskCase.checkin(IceCheckin.Type.supervision).finalOrder(), Level.HIGH));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("cases")
    void wholeCasesGetTheirLevel(String factors, RiskCase riskCase, Level level) {
        assertThat(onlyRisk(riskCase).level()).isEqualTo(level);
    }

    @Test
    void theSameHearingIsModerateUnderThe2021MemoAndSevereUnderThe2025Guidance() {
        RiskCase hearing = baseline().finalOrder().place(List.of(Model287g.TFM), null)
                .flags(null, null, null, true, true);
        assertThat(onlyRisk(hearing.on(MEMO_2021)).level()).isEqualTo(Level.MODERATE);
        assertThat(onlyRisk(hearing.on(LYONS_2025)).level()).isEqualTo(Level.SEVERE);
        assertThat(onlyRisk(hearing.on(MEMO_2021)).factors()).extracting(f -> f.id())
                .contains("risk.courthouse_policy_2021").doesNotContain("risk.courthouse_policy_2025");
    }

    @Test
    void aCompanionAtCriminalCourtIsLowIn2019AndModerateIn2025() {
        RiskCase companion = baseline().court(CourtType.criminal, ClientRole.companion);
        assertThat(onlyRisk(companion.on(DIRECTIVE_2018)).level()).isEqualTo(Level.LOW);
        assertThat(onlyRisk(companion.on(LYONS_2025)).level()).isEqualTo(Level.MODERATE);
    }

    @Test
    void anEventWithoutADateUsesThePolicyOfTheEvaluationDate() {
        RiskCase undated = baseline().finalOrder().on(null);
        var engine = new CourthouseRiskEngine();
        assertThat(engine.assess(undated.facts(), MEMO_2021).get(0).factors()).extracting(f -> f.id())
                .contains("risk.courthouse_policy_2021");
        assertThat(engine.assess(undated.facts(), LYONS_2025).get(0).factors()).extracting(f -> f.id())
                .contains("risk.courthouse_policy_2025");
    }
}
