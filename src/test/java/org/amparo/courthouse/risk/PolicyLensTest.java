package org.amparo.courthouse.risk;

import static org.amparo.courthouse.risk.RiskCase.LYONS_2025;
import static org.amparo.courthouse.risk.RiskCase.MEMO_2021;
import static org.amparo.courthouse.risk.RiskCase.baseline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.amparo.facts.CourtEvent.ClientRole;
import org.amparo.facts.CourtEvent.CourtType;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.screening.CourthouseRisk;
import org.amparo.screening.CourthouseRisk.Direction;
import org.amparo.screening.CourthouseRisk.Factor;
import org.amparo.screening.CourthouseRisk.Level;
import org.amparo.screening.enforcement.DataDrivenEnforcementEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same event judged in force, under the 2021 memo (cc21.limited) and under the May 2025 guidance (§6.3): each row
 * names the factor the lens must produce and the level that follows.
 */
class PolicyLensTest {

    private static final LensRiskAssessor LENSES = new LensRiskAssessor(DataDrivenEnforcementEngine.bundled(),
            CourthouseRules.bundled());
    private static final LocalDate TODAY = LYONS_2025;

    private static RiskCase tipped() {
        return baseline().finalOrder().place(List.of(Model287g.TFM), null).flags(null, null, null, true, true);
    }

    private static RiskCase companion() {
        return baseline().court(CourtType.criminal, ClientRole.companion);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("tipped hearing, 2025 date, in force", tipped(), PolicyLens.IN_FORCE,
                        "risk.courthouse_policy_2025", Direction.raises, Level.SEVERE),
                Arguments.of("tipped hearing, 2025 date, under the 2021 memo: cc21.limited caps", tipped(),
                        PolicyLens.MEMO_2021, "risk.courthouse_policy_2021_cap", Direction.lowers, Level.MODERATE),
                Arguments.of("tipped hearing, 2025 date, under the 2025 guidance", tipped(), PolicyLens.GUIDANCE_2025,
                        "risk.courthouse_policy_2025", Direction.raises, Level.SEVERE),
                Arguments.of("tipped hearing, 2022 date, in force: the 2021 memo applied", tipped().on(MEMO_2021),
                        PolicyLens.IN_FORCE, "risk.courthouse_policy_2021_cap", Direction.lowers, Level.MODERATE),
                Arguments.of("tipped hearing, 2022 date, under the 2025 guidance", tipped().on(MEMO_2021),
                        PolicyLens.GUIDANCE_2025, "risk.courthouse_policy_2025", Direction.raises, Level.SEVERE),
                Arguments.of("companion, criminal court, 2021 memo: generally spared (cd18.non_targets)", companion(),
                        PolicyLens.MEMO_2021, "risk.companion_witness", Direction.lowers, Level.LOW),
                Arguments.of("companion at a criminal court, 2025 guidance: may be arrested (§6.3)", companion(),
                        PolicyLens.GUIDANCE_2025, "risk.companion_witness", Direction.raises, Level.MODERATE));
    }

    @ParameterizedTest(name = "{0}: {3} {4} -> {5}")
    @MethodSource("rows")
    void eachLensJudgesTheSameEventByItsOwnPolicy(String name, RiskCase riskCase, PolicyLens lens, String factor,
                                                 Direction direction, Level level) {
        CourthouseRisk risk = LENSES.assess(riskCase.facts(), TODAY, lens, "ce-1").orElseThrow();
        assertThat(risk.factors()).extracting(Factor::id, Factor::direction)
                .contains(org.assertj.core.groups.Tuple.tuple(factor, direction));
        assertThat(risk.level()).isEqualTo(level);
        assertThat(risk.safetyPlan()).isNotEmpty();
    }

    @Test
    void theLensPinsBothThePolicyAndTheEnforcementFramework() {
        RiskCase hearing = baseline().finalOrder();
        CourthouseRisk memo = LENSES.assess(hearing.facts(), TODAY, PolicyLens.MEMO_2021, "ce-1").orElseThrow();
        CourthouseRisk guidance = LENSES.assess(hearing.facts(), TODAY, PolicyLens.GUIDANCE_2025, "ce-1")
                .orElseThrow();
        assertThat(memo.factors()).extracting(Factor::reason).anyMatch(r -> r.contains("2021"));
        assertThat(guidance.factors()).extracting(Factor::id).contains("risk.enforcement_priority");
    }

    @Test
    void anUnknownPolicyCannotBePinned() {
        assertThatThrownBy(() -> CourthouseRules.bundled().pinnedTo("ice1999")).hasMessageContaining("ice1999");
    }
}
