package org.amparo.screening.relief;

import static org.amparo.screening.relief.ReliefFacts.facts;
import static org.amparo.screening.relief.ReliefFacts.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.amparo.facts.Evidence;
import org.amparo.facts.Immigration;
import org.amparo.facts.TFacts.LaborPurpose;
import org.amparo.facts.TFacts.Means;
import org.amparo.facts.TFacts.ReasonableRequests;
import org.amparo.facts.TFacts.TraffickingType;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** T visa definition, elements and cooperation exceptions (LEGAL-REFERENCE §3.1–§3.3), one row per rule. */
class TVisaScreenerTest {

    record Row(String rule, String story, ReliefFacts facts, String element, ElementOutcome result,
               ReliefOutcome outcome, String seen) {
        @Override
        public String toString() {
            return rule + ": " + story;
        }
    }

    static Row row(String rule, String story, ReliefFacts.T t, String element, ElementOutcome result,
                   ReliefOutcome outcome, String seen) {
        return new Row(rule, story, facts().t(t), element, result, outcome, seen);
    }

    static Stream<Row> rows() {
        return Stream.of(
                row("t.sex", "commercial sex induced by force", t().type(TraffickingType.sex).means(Means.force),
                        "t.sex", ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "force"),
                row("t.sex", "minor: no means needed", t().type(TraffickingType.sex).means().sexUnder18(true)
                        .age(15), "t.sex", ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "under 18"),
                row("t.sex", "adult without force, fraud or coercion", t().type(TraffickingType.sex).means()
                        .sexUnder18(false), "t.el1_victim", ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                        "no branch"),
                row("t.sex", "means unknown", t().type(TraffickingType.sex).means((Means[]) null), "t.sex",
                        ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO, "$.t.means"),
                row("t.labor", "fraud and coercion for debt bondage", t(), "t.labor", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, "debt bondage"),
                row("t.labor", "conditions short of servitude", t().purpose(), "t.el1_victim",
                        ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE, "no branch"),
                row("t.labor", "no force, fraud or coercion", t().means(), "t.labor", ElementOutcome.NOT_MET,
                        ReliefOutcome.NOT_ELIGIBLE, "none is recorded"),
                row("t.labor", "purpose unknown", t().purpose((LaborPurpose[]) null), "t.labor",
                        ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO, "$.t.labor_purpose"),
                row("t.severe_form", "both: the sex branch suffices when labor fails", t().type(TraffickingType.both)
                        .means().sexUnder18(true).age(16), "t.el1_victim", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, "victim of sex trafficking"),
                row("t.el1_victim", "type unknown", t().type(null), "t.el1_victim", ElementOutcome.UNKNOWN,
                        ReliefOutcome.NEEDS_MORE_INFO, "$.t.trafficking_type"),
                row("t.el2_presence", "present on account of trafficking", t(), "t.el2_presence",
                        ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "on account of"),
                row("t.el2_presence", "not on account of trafficking", t().presence(false, false), "t.el2_presence",
                        ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE, "not physically present"),
                row("t.el2_presence", "left after the trafficking", t().presence(true, true), "t.el2_presence",
                        ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO, "2024 rule"),
                row("t.el2_presence", "unknown", t().presence(null, false), "t.el2_presence",
                        ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO, "$.t.presence_on_account_of_trafficking"),
                row("t.el3_cooperation", "reported and complied", t(), "t.el3_cooperation", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, "complied"),
                row("t.el3_cooperation", "reported, no request yet", t().cooperation(true,
                        ReasonableRequests.none_made, false), "t.el3_cooperation", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, "no request"),
                row("t.el3_cooperation", "adult refused, no trauma evidence", t().cooperation(true,
                        ReasonableRequests.refused, false), "t.el3_cooperation", ElementOutcome.NOT_MET,
                        ReliefOutcome.NEEDS_MORE_INFO, ReliefResult.FLAG_ATTORNEY_REVIEW),
                row("t.el3_cooperation", "adult never reported", t().cooperation(false, null, false),
                        "t.el3_cooperation", ElementOutcome.NOT_MET, ReliefOutcome.NEEDS_MORE_INFO, "reported"),
                row("t.el3_cooperation", "adult refused, trauma evidence unknown", t().cooperation(true,
                        ReasonableRequests.refused, null), "t.el3_cooperation", ElementOutcome.UNKNOWN,
                        ReliefOutcome.NEEDS_MORE_INFO, "$.t.trauma_exception_evidence"),
                row("t.el3_exc_minor", "refused at 17: exempt", t().cooperation(true, ReasonableRequests.refused,
                        false).age(17), "t.el3_exc_minor", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                        ReliefResult.FLAG_UNVERIFIED),
                row("t.el3_exc_minor", "refused at exactly 18: not exempt", t().cooperation(true,
                        ReasonableRequests.refused, false).age(18), "t.el3_exc_minor", ElementOutcome.NOT_MET,
                        ReliefOutcome.NEEDS_MORE_INFO, "does not apply"),
                row("t.el3_exc_minor", "never reported, 16 at the first act", t().cooperation(false, null, null)
                        .age(16), "t.el3_cooperation", ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "under-18"),
                row("t.el3_exc_trauma", "trauma prevents cooperation", t().cooperation(true,
                        ReasonableRequests.refused, true), "t.el3_exc_trauma", ElementOutcome.MET,
                        ReliefOutcome.LIKELY_ELIGIBLE, "trauma"),
                row("t.el3_exc_trauma", "cooperation satisfied through trauma", t().cooperation(false, null, true),
                        "t.el3_cooperation", ElementOutcome.MET, ReliefOutcome.LIKELY_ELIGIBLE, "trauma exception"),
                row("t.supp_b_optional", "Supplement B held", t().suppB(true), "t.el3_cooperation",
                        ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "Supplement B declaration is held (optional"),
                row("t.el4_hardship", "strong evidence", t(), "t.el4_hardship", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, "unusual and severe harm"),
                row("t.el4_hardship", "evidence still to be built", t().hardship(Evidence.some), "t.el4_hardship",
                        ElementOutcome.NEEDS_REVIEW, ReliefOutcome.LIKELY_ELIGIBLE, "still to be built"),
                row("t.el4_hardship", "no evidence yet", t().hardship(Evidence.none), "t.el4_hardship",
                        ElementOutcome.NOT_MET, ReliefOutcome.NEEDS_MORE_INFO, "developed"),
                row("t.el4_hardship", "not assessed", t().hardship(null), "t.el4_hardship", ElementOutcome.UNKNOWN,
                        ReliefOutcome.NEEDS_MORE_INFO, "$.t.extreme_hardship_evidence"),
                row("t.el5_admissible", "no ground", t(), "t.el5_admissible", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, "No inadmissibility ground"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void rule(Row row) {
        ReliefResult result = new TVisaScreener().screen(row.facts().build(), row.facts().asOf());

        ReliefResult.ElementResult element = UtScreenAsserts.element(result, row.element());
        assertThat(element.result()).as("element result").isEqualTo(row.result());
        assertThat(result.outcome()).as("outcome").isEqualTo(row.outcome());
        assertThat(UtScreenAsserts.visibleText(result, element)).contains(row.seen());
        assertThat(element.citation()).isNotBlank();
    }

    @Test
    void prostitutionConnectedToSexTraffickingNeedsAWaiver() {
        ReliefFacts facts = facts().t(t().type(TraffickingType.sex).means(Means.coercion))
                .entry(Immigration.EntryManner.EWI)
                .conduct(ReliefFacts.conduct(false, false, org.amparo.facts.Conduct.UnchargedConduct.prostitution));

        ReliefResult result = new TVisaScreener().screen(facts.build(), ReliefFacts.AS_OF);

        assertThat(result.outcome()).isEqualTo(ReliefOutcome.LIKELY_ELIGIBLE);
        assertThat(result.waiversNeeded()).containsExactly("212(a)(6)(A)(i)", "212(a)(2)(D)");
        assertThat(UtScreenAsserts.element(result, "t.el5_admissible").citation()).contains("212(d)(13)");
    }

    @Test
    void emptyTSectionAsksForEachUnknownElement() {
        org.amparo.facts.TFacts empty = new org.amparo.facts.TFacts(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        org.amparo.facts.FactsDocument doc = new org.amparo.facts.FactsDocument("amparo-facts/1", "t-empty",
                ReliefFacts.AS_OF, null, null, null, null, null, empty, null, null, null, null, null, null, null, null);

        ReliefResult result = new TVisaScreener().screen(doc, ReliefFacts.AS_OF);

        assertThat(result.outcome()).isEqualTo(ReliefOutcome.NEEDS_MORE_INFO);
        assertThat(result.missingFacts()).contains("$.t.trafficking_type", "$.t.presence_on_account_of_trafficking",
                "$.t.reported_to_lea", "$.t.age_at_first_trafficking_act", "$.t.extreme_hardship_evidence");
    }

    @Test
    void noTSectionIsNotApplicable() {
        ReliefResult result = new TVisaScreener().screen(facts().build(), ReliefFacts.AS_OF);

        assertThat(result.outcome()).isEqualTo(ReliefOutcome.NOT_APPLICABLE);
        assertThat(result.relief()).isEqualTo(ReliefResult.Relief.t_visa);
    }
}
