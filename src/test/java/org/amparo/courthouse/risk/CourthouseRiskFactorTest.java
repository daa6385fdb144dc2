package org.amparo.courthouse.risk;

import static org.amparo.courthouse.risk.RiskCase.BEFORE_2018;
import static org.amparo.courthouse.risk.RiskCase.DIRECTIVE_2018;
import static org.amparo.courthouse.risk.RiskCase.INTERIM_2025;
import static org.amparo.courthouse.risk.RiskCase.MEMO_2021;
import static org.amparo.courthouse.risk.RiskCase.baseline;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.amparo.facts.Conduct.GangAllegation;
import org.amparo.facts.CourtEvent.ClientRole;
import org.amparo.facts.CourtEvent.CourtType;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.facts.Criminal.Tag;
import org.amparo.facts.IceCheckin;
import org.amparo.facts.Immigration.CurrentStatus;
import org.amparo.screening.CourthouseRisk;
import org.amparo.screening.CourthouseRisk.Direction;
import org.amparo.screening.CourthouseRisk.Factor;
import org.amparo.screening.FrameworkOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per factor id: the fact that triggers it, its direction, and a word its reason must cite. */
class CourthouseRiskFactorTest {

    private static final CourthouseRiskEngine ENGINE = new CourthouseRiskEngine();

    static Stream<Arguments> factors() {
        return Stream.of(
                row("risk.final_order", Direction.raises, "cd18.targets", baseline().finalOrder()),
                row("risk.reentry", Direction.raises, "re-entrants", baseline().immigration(false, true, false, false)),
                row("risk.conviction", Direction.raises, "cd18.targets", baseline().conviction()),
                row("risk.gang", Direction.raises, "gang", baseline().gang(GangAllegation.admitted)),
                row("risk.pending_charge", Direction.raises, "§6.7", baseline().pendingCharge(Tag.dui)),
                row("risk.laken_riley", Direction.raises, "(UNVERIFIED in the legal reference)",
                        baseline().pendingCharge(Tag.theft)),
                row("risk.detainer", Direction.raises, "287.7", baseline().immigration(false, false, true, false)),
                row("risk.enforcement_priority", Direction.raises, "eo14159_2025",
                        baseline().summary(new EnforcementSummary("eo14159_2025", FrameworkOutcome.PRIORITY))),
                row("risk.not_priority", Direction.lowers, "dhs2021_mayorkas",
                        baseline().summary(new EnforcementSummary("dhs2021_mayorkas", FrameworkOutcome.NOT_PRIORITY))),
                row("risk.not_removable", Direction.lowers, "not removable",
                        baseline().summary(new EnforcementSummary("eo14159_2025", FrameworkOutcome.NOT_REMOVABLE))),
                row("risk.not_removable", Direction.lowers, "U.S. citizen", baseline().status(CurrentStatus.USC)),
                row("risk.protected_status", Direction.lowers, "LPR", baseline().status(CurrentStatus.LPR)),
                row("risk.c1367_filed", Direction.lowers, "c1367.a2", baseline().uFiled(LocalDate.of(2025, 1, 10))),
                row("risk.criminal_court", Direction.raises, "§6.7",
                        baseline().court(CourtType.criminal, ClientRole.witness)),
                row("risk.civil_court", Direction.raises, "§6.7", baseline().court(CourtType.civil, ClientRole.petitioner)),
                row("risk.immigration_court", Direction.raises, "attorney review",
                        baseline().court(CourtType.immigration, ClientRole.respondent)),
                row("risk.noncriminal_court", Direction.lowers, "cd18.noncriminal_courts", baseline()),
                row("risk.defendant", Direction.raises, "detainer",
                        baseline().court(CourtType.criminal, ClientRole.defendant)),
                row("risk.companion_witness", Direction.raises, "case by case",
                        baseline().court(CourtType.civil, ClientRole.companion)),
                row("risk.companion_witness", Direction.lowers, "cd18.non_targets",
                        baseline().court(CourtType.civil, ClientRole.companion).on(DIRECTIVE_2018)),
                row("risk.ina239e", Direction.lowers, "8 U.S.C. 1229(e)",
                        baseline().court(CourtType.protective_order, ClientRole.petitioner)),
                row("risk.ina239e", Direction.lowers, "(UNVERIFIED in the legal reference)",
                        baseline().court(CourtType.criminal, ClientRole.witness).flags(true, null, null, null, null)),
                row("risk.287g_tfm", Direction.raises, "287g.tfm", baseline().place(List.of(Model287g.TFM), null)),
                row("risk.287g_jail", Direction.raises, "287g.jem", baseline().place(List.of(Model287g.WSO), null)),
                row("risk.state_law", Direction.lowers, "Protect Our Courts Act", baseline().state("NY")),
                row("risk.state_law", Direction.lowers, "(UNVERIFIED in the legal reference)", baseline().state("CA")),
                row("risk.courthouse_policy_none", Direction.raises, "sens2011", baseline().on(BEFORE_2018)),
                row("risk.courthouse_policy_2021", Direction.lowers, "cc21.limited", baseline().on(MEMO_2021)),
                row("risk.courthouse_policy_2021_cap", Direction.lowers, "at most MODERATE", baseline().on(MEMO_2021)),
                row("risk.courthouse_policy_2025", Direction.raises, "ice2025_courthouse_lyons", baseline()),
                row("risk.courthouse_policy_2025", Direction.raises, "interim", baseline().on(INTERIM_2025)),
                row("risk.courthouse_policy_2025", Direction.raises, "11072.3?) (UNVERIFIED in the legal reference)",
                        baseline().on(INTERIM_2025)),
                row("risk.courthouse_policy_2021", Direction.lowers, "(UNVERIFIED in the legal reference)",
                        baseline().on(MEMO_2021)),
                row("risk.national_security", Direction.raises, "cd18.targets", baseline().terrorismFlag()),
                row("risk.recent_ice_activity", Direction.raises, "90 days", baseline().place(null, 2)),
                row("risk.abuser_tip", Direction.raises, "c1367.a1",
                        baseline().flags(null, null, null, true, true)),
                row("risk.abuser_threat", Direction.raises, "threatened", baseline().flags(null, null, null, false, true)),
                row("risk.abuser_knows_date", Direction.raises, "knows", baseline().flags(null, null, null, true, null)),
                row("risk.remote_available", Direction.lowers, "remote", baseline().flags(null, true, null, null, null)),
                row("risk.attorney_accompanying", Direction.lowers, "accompan",
                        baseline().flags(null, null, true, null, null)),
                row("risk.checkin_known_date", Direction.raises, "ICE office",
                        RiskCase.checkin(IceCheckin.Type.recognizance)),
                row("risk.checkin_supervision", Direction.raises, "order of supervision",
                        RiskCase.checkin(IceCheckin.Type.supervision)));
    }

    private static Arguments row(String id, Direction direction, String cites, RiskCase riskCase) {
        return Arguments.of(id, direction, cites, riskCase);
    }

    @ParameterizedTest(name = "{0} {1}: cites \"{2}\"")
    @MethodSource("factors")
    void eachFactorAppearsWithItsDirectionAndCitation(String id, Direction direction, String cites, RiskCase riskCase) {
        Factor factor = onlyRisk(riskCase).factors().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " missing from " + onlyRisk(riskCase).factors()));
        assertThat(factor.direction()).isEqualTo(direction);
        assertThat(factor.reason()).contains(cites);
    }

    @Test
    void theBaselineFamilyHearingIn2025HasOnlyThePolicyFactors() {
        List<String> baselineIds = onlyRisk(baseline()).factors().stream().map(Factor::id).toList();
        assertThat(baselineIds).containsExactlyInAnyOrder("risk.courthouse_policy_2025", "risk.noncriminal_court");
    }

    static CourthouseRisk onlyRisk(RiskCase riskCase) {
        List<CourthouseRisk> risks = ENGINE.assess(riskCase.facts(), RiskCase.LYONS_2025, riskCase.summary());
        assertThat(risks).hasSize(1);
        return risks.get(0);
    }
}
