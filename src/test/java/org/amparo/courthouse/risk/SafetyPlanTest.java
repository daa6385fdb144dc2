package org.amparo.courthouse.risk;

import static org.amparo.courthouse.risk.CourthouseRiskFactorTest.onlyRisk;
import static org.amparo.courthouse.risk.RiskCase.baseline;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.amparo.facts.CourtEvent.ClientRole;
import org.amparo.facts.CourtEvent.CourtType;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.facts.IceCheckin;
import org.junit.jupiter.api.Test;

/** The safety plan follows the factors: what an advocate would read before the date. */
class SafetyPlanTest {

    private static final RiskCase TIPPED = baseline().finalOrder().place(List.of(Model287g.TFM), null)
            .flags(null, null, null, true, true);

    @Test
    void aLowRiskHearingGetsOnlyWhatToDoIfApproached() {
        assertThat(onlyRisk(baseline()).safetyPlan()).containsExactly(SafetyPlanner.IF_APPROACHED);
    }

    @Test
    void aTippedHearingAsksForRemoteAppearanceCompanyFilingFirstAndAChildcarePlan() {
        List<String> plan = onlyRisk(TIPPED).safetyPlan();
        assertThat(plan.get(0)).contains("Ask the court", "remote appearance");
        assertThat(plan).anyMatch(step -> step.contains("attorney or a trained advocate to go with her"))
                .anyMatch(step -> step.contains("filing before the hearing so 8 U.S.C. 1367"))
                .anyMatch(step -> step.contains("removal order"))
                .anyMatch(step -> step.contains("safe transport"))
                .contains(SafetyPlanner.CHILDCARE)
                .endsWith(SafetyPlanner.IF_APPROACHED);
        assertThat(SafetyPlanner.IF_APPROACHED).contains("right to remain silent", "not sign", "call her attorney",
                "call them");
    }

    @Test
    void onceAPetitionIsFiledThePlanSaysToCarryProofInsteadOfFilingFirst() {
        List<String> plan = onlyRisk(TIPPED.uFiled(LocalDate.of(2025, 2, 1))).safetyPlan();
        assertThat(plan).anyMatch(step -> step.contains("Carry proof of the pending petition"))
                .noneMatch(step -> step.contains("filing before the hearing"));
    }

    @Test
    void aRemoteOptionAndAnAccompanyingAttorneyChangeTheFirstSteps() {
        List<String> plan = onlyRisk(TIPPED.flags(null, true, true, true, true)).safetyPlan();
        assertThat(plan.get(0)).startsWith("Use the remote");
        assertThat(plan).noneMatch(step -> step.contains("to go with her"));
    }

    @Test
    void aProtectionOrderHearingInNewYorkCitesTheStateLawAndTheVictimPapers() {
        RiskCase hearing = TIPPED.court(CourtType.protective_order, ClientRole.petitioner).state("NY");
        assertThat(onlyRisk(hearing).safetyPlan())
                .anyMatch(step -> step.contains("Protect Our Courts Act"))
                .anyMatch(step -> step.contains("INA 239(e)"));
    }

    @Test
    void everyCheckInPlanSaysThatMissingItIsItselfARisk() {
        assertThat(onlyRisk(RiskCase.checkin(IceCheckin.Type.ATD)).safetyPlan())
                .containsExactly(SafetyPlanner.CHECKIN_ATTEND, SafetyPlanner.IF_APPROACHED);
        List<String> supervised = onlyRisk(RiskCase.checkin(IceCheckin.Type.supervision).finalOrder()).safetyPlan();
        assertThat(supervised.get(0)).contains("missing it is itself a risk");
        assertThat(supervised).anyMatch(step -> step.contains("waits nearby")).contains(SafetyPlanner.CHILDCARE);
    }
}
