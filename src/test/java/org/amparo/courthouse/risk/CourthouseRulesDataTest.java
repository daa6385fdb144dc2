package org.amparo.courthouse.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled rules match LEGAL-REFERENCE §6.1–6.4: dates, ids and UNVERIFIED flags. */
class CourthouseRulesDataTest {

    private final CourthouseRules rules = CourthouseRules.bundled();

    @Test
    void federalPoliciesFollowEachOtherWithoutGapsOrOverlaps() {
        List<FederalCourthousePolicy> policies = rules.federalPolicies();
        for (int i = 1; i < policies.size(); i++) {
            assertThat(policies.get(i).effectiveFrom()).isEqualTo(policies.get(i - 1).effectiveTo());
        }
        assertThat(policies.get(policies.size() - 1).effectiveTo()).isNull();
    }

    @Test
    void thePolicyInForceChangesOnTheReferenceDates() {
        assertThat(idOn("2018-01-09")).isEqualTo("none_before_2018");
        assertThat(idOn("2018-01-10")).isEqualTo("ice2018_11072_1");
        assertThat(idOn("2021-04-27")).isEqualTo("ice_cbp2021_courthouse");
        assertThat(idOn("2025-01-21")).isEqualTo("ice2025_courthouse_interim");
        assertThat(idOn("2025-05-27")).isEqualTo("ice2025_courthouse_lyons");
    }

    @Test
    void stateLawsCarryTheReferenceIdsAndFlagWhatIsUnverified() {
        assertThat(rules.stateLaws()).extracting(StateCourthouseLaw::id).containsExactly("st.ny_poca",
                "st.ca_ab668", "st.nj_directive", "st.wa_courts_open", "st.co_sb20_083", "st.or_utcr3190",
                "st.il_court_access", "st.other");
        assertThat(rules.stateLaws()).filteredOn(StateCourthouseLaw::unverified)
                .extracting(StateCourthouseLaw::id)
                .containsExactly("st.ca_ab668", "st.wa_courts_open", "st.co_sb20_083", "st.or_utcr3190",
                        "st.il_court_access", "st.other")
                .allSatisfy(id -> assertThat(law(id).unverifiedNote()).isNotBlank());
        assertThat(rules.stateLaws()).filteredOn(l -> !l.unverified()).extracting(StateCourthouseLaw::unverifiedNote)
                .containsOnlyNulls();
    }

    @Test
    void aStateLawAppliesFromItsEffectiveDateAndAnUndatedOneNever() {
        assertThat(rules.stateLawFor("NY", LocalDate.of(2020, 12, 14))).isEmpty();
        assertThat(rules.stateLawFor("ny", LocalDate.of(2020, 12, 15))).map(StateCourthouseLaw::id)
                .contains("st.ny_poca");
        assertThat(rules.stateLawFor("CT", LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(rules.stateLawFor("TX", LocalDate.of(2026, 6, 1))).isEmpty();
    }

    private String idOn(String date) {
        return rules.federalPolicyOn(LocalDate.parse(date)).orElseThrow().id();
    }

    private StateCourthouseLaw law(String id) {
        return rules.stateLaws().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }
}
