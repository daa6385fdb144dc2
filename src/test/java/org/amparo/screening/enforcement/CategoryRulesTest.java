package org.amparo.screening.enforcement;

import static org.amparo.facts.Conduct.GangAllegation.admitted;
import static org.amparo.facts.Conduct.GangAllegation.database_only;
import static org.amparo.facts.Conduct.UnchargedConduct.false_claim_usc;
import static org.amparo.facts.Conduct.UnchargedConduct.false_documents;
import static org.amparo.facts.Conduct.UnchargedConduct.false_ssn;
import static org.amparo.facts.Conduct.UnchargedConduct.other;
import static org.amparo.facts.Conduct.UnchargedConduct.prostitution;
import static org.amparo.facts.Criminal.Classification.felony;
import static org.amparo.facts.Criminal.Classification.infraction;
import static org.amparo.facts.Criminal.Classification.minor_traffic;
import static org.amparo.facts.Criminal.Classification.misdemeanor;
import static org.amparo.facts.Criminal.Tristate.unknown;
import static org.amparo.facts.Criminal.Tristate.yes;
import static org.amparo.facts.Immigration.EntryManner.EWI;
import static org.amparo.facts.Immigration.EntryManner.admitted_visa;
import static org.amparo.facts.Immigration.EntryManner.apprehended_at_border_released;
import static org.amparo.facts.Immigration.EntryManner.paroled;
import static org.amparo.screening.CategoryOutcome.INSUFFICIENT_DATA;
import static org.amparo.screening.CategoryOutcome.LIKELY_MATCH;
import static org.amparo.screening.CategoryOutcome.MATCH;
import static org.amparo.screening.CategoryOutcome.NEEDS_REVIEW;
import static org.amparo.screening.CategoryOutcome.NO_MATCH;
import static org.amparo.screening.enforcement.Facts.clean;
import static org.amparo.screening.enforcement.Facts.conv;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amparo.facts.Conduct.UnchargedConduct;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.facts.Criminal.Tag;
import org.amparo.facts.Immigration.CurrentStatus;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.FrameworkResult.CategoryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One or more rows per category id of the legal reference §1, each with a fictional fact pattern. */
class CategoryRulesTest {

    static final LocalDate AS_OF = LocalDate.parse("2025-09-15");
    private static final DataDrivenEnforcementEngine ENGINE = DataDrivenEnforcementEngine.bundled();

    static CategoryResult category(Facts facts, String id) {
        return ENGINE.evaluate(facts.build(), AS_OF, List.of()).stream()
                .flatMap(fw -> fw.categories().stream())
                .filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no category " + id));
    }

    private static Arguments row(String id, String pattern, Facts facts, CategoryOutcome expected) {
        return Arguments.of(id, pattern, facts, expected);
    }

    static Stream<Arguments> rows() {
        return Stream.of(johnson(), johnsonPriority2And3(), eo2017(), eo2017Listed(), sessions(), mayorkas(), eo2025())
                .flatMap(s -> s);
    }

    static Stream<Arguments> johnson() {
        return Stream.of(
            row("j14.p1a_natsec", "terrorism flag", clean().terrorism(true), MATCH),
            row("j14.p1a_natsec", "flag false", clean(), NO_MATCH),
            row("j14.p1a_natsec", "flag unknown", clean().terrorism(null), INSUFFICIENT_DATA),
            row("j14.p1b_border", "apprehended at a port of entry in 2016", clean().apprehendedOn("2016-03-01"), MATCH),
            row("j14.p1b_border", "apprehended, date unknown", clean().apprehended(true), LIKELY_MATCH),
            row("j14.p1b_border", "apprehended in 2010, before the memo", clean().apprehendedOn("2010-03-01"),
                    NEEDS_REVIEW),
            row("j14.p1b_border", "entry says apprehended and released", clean().apprehended(null)
                    .entry(apprehended_at_border_released, "2019-02-01"), LIKELY_MATCH),
            row("j14.p1b_border", "apprehension unknown", clean().apprehended(null), INSUFFICIENT_DATA),
            row("j14.p1c_gang", "conviction with gang element", clean().convicted(conv(felony).tags(Tag.gang_element)),
                    MATCH),
            row("j14.p1c_gang", "admitted at 17", clean().gang(admitted, 17), LIKELY_MATCH),
            row("j14.p1c_gang", "admitted at 15", clean().gang(admitted, 15), NO_MATCH),
            row("j14.p1c_gang", "database entry only", clean().gang(database_only, null), NEEDS_REVIEW),
            row("j14.p1d_felony", "felony", clean().convicted(conv(felony)), MATCH),
            row("j14.p1d_felony", "felony with status element", clean().convicted(conv(felony).statusElement(true)),
                    NO_MATCH),
            row("j14.p1d_felony", "status element unknown", clean().convicted(conv(felony).statusElement(null)),
                    LIKELY_MATCH),
            row("j14.p1d_felony", "felony vacated", clean().convicted(conv(felony).vacated(true)), NEEDS_REVIEW),
            row("j14.p1d_felony", "vacatur unknown", clean().convicted(conv(felony).vacated(null)), LIKELY_MATCH),
            row("j14.p1d_felony", "misdemeanor only", clean().convicted(conv(misdemeanor)), NO_MATCH),
            row("j14.p1d_felony", "criminal history unknown", clean().criminalUnknown(), INSUFFICIENT_DATA),
            row("j14.p1e_aggfel", "attorney says aggravated felony", clean().convicted(conv(felony).aggfel(yes)), MATCH),
            row("j14.p1e_aggfel", "not yet determined", clean().convicted(conv(felony).aggfel(unknown)), NEEDS_REVIEW),
            row("j14.p1e_aggfel", "minor traffic ignored", clean().convicted(conv(minor_traffic).aggfel(null)),
                    NO_MATCH));
    }

    static Stream<Arguments> johnsonPriority2And3() {
        return Stream.of(
            row("j14.p2a_three_misd", "three incidents", clean().convicted(conv(misdemeanor), conv(misdemeanor),
                    conv(misdemeanor)), MATCH),
            row("j14.p2a_three_misd", "two share an incident", clean().convicted(conv(misdemeanor).incident("x"),
                    conv(misdemeanor).incident("x"), conv(misdemeanor)), NO_MATCH),
            row("j14.p2a_three_misd", "third is minor traffic", clean().convicted(conv(misdemeanor),
                    conv(misdemeanor), conv(minor_traffic)), NO_MATCH),
            row("j14.p2a_three_misd", "one incident unknown", clean().convicted(conv(misdemeanor),
                    conv(misdemeanor), conv(misdemeanor).incident(null)), INSUFFICIENT_DATA),
            row("j14.p2a_three_misd", "one vacated", clean().convicted(conv(misdemeanor), conv(misdemeanor),
                    conv(misdemeanor).vacated(true)), NEEDS_REVIEW),
            row("j14.p2a_three_misd", "one has status element", clean().convicted(conv(misdemeanor),
                    conv(misdemeanor), conv(misdemeanor).statusElement(true)), NO_MATCH),
            row("j14.p2b_significant_misd", "DUI", clean().convicted(conv(misdemeanor).tags(Tag.dui)), MATCH),
            row("j14.p2b_significant_misd", "90 days to serve", clean().convicted(conv(misdemeanor).custody(90, false)),
                    MATCH),
            row("j14.p2b_significant_misd", "89 days to serve", clean().convicted(conv(misdemeanor).custody(89, false)),
                    NO_MATCH),
            row("j14.p2b_significant_misd", "120 days suspended", clean().convicted(conv(misdemeanor)
                    .custody(120, true)), NO_MATCH),
            row("j14.p2b_significant_misd", "suspension unknown", clean().convicted(conv(misdemeanor)
                    .custody(120, null)), LIKELY_MATCH),
            row("j14.p2b_significant_misd", "custody unknown", clean().convicted(conv(misdemeanor).custody(null, false)),
                    INSUFFICIENT_DATA),
            row("j14.p2c_recent_entrant", "EWI 2016", clean().entry(EWI, "2016-05-05"), MATCH),
            row("j14.p2c_recent_entrant", "EWI 2013", clean().entry(EWI, "2013-12-31"), NO_MATCH),
            row("j14.p2c_recent_entrant", "no presence date, entered 2018", clean().entry(EWI, "2018-01-01")
                    .presenceSince(null), LIKELY_MATCH),
            row("j14.p2c_recent_entrant", "no presence date, entered 2010", clean().entry(EWI, "2010-01-01")
                    .presenceSince(null), INSUFFICIENT_DATA),
            row("j14.p2c_recent_entrant", "admitted on a visa", clean().entry(admitted_visa, "2016-05-05"), NO_MATCH),
            row("j14.p2c_recent_entrant", "re-entered after removal", clean().entry(admitted_visa, "2019-01-01")
                    .reentered(true, "2018-06-01"), MATCH),
            row("j14.p2d_visa_abuse", "director's finding", clean().visaAbuse(true), MATCH),
            row("j14.p2d_visa_abuse", "unknown", clean().visaAbuse(null), INSUFFICIENT_DATA),
            row("j14.p3_final_order_2014", "order on 2014-01-01", clean().finalOrder(true, "2014-01-01", false), MATCH),
            row("j14.p3_final_order_2014", "order 2013-12-31", clean().finalOrder(true, "2013-12-31", false), NO_MATCH),
            row("j14.p3_final_order_2014", "order date unknown", clean().finalOrder(true, null, false),
                    INSUFFICIENT_DATA),
            row("j14.p3_final_order_2014", "order unknown", clean().finalOrder(null, null, null), INSUFFICIENT_DATA));
    }

    static Stream<Arguments> eo2017() {
        return Stream.of(
            row("eo17.ina212a2", "CIMT determined", clean().convicted(conv(misdemeanor).cimt(yes)), MATCH),
            row("eo17.ina212a2", "drug distribution", clean().convicted(conv(felony).tags(Tag.drug_distribution)), MATCH),
            row("eo17.ina212a2", "uncharged prostitution", clean().conduct(prostitution), LIKELY_MATCH),
            row("eo17.ina212a2", "other misdemeanor", clean().convicted(conv(misdemeanor)), NEEDS_REVIEW),
            row("eo17.ina212a2", "minor traffic only", clean().convicted(conv(minor_traffic)), NO_MATCH),
            row("eo17.ina212a2", "aggregate sentences 5 years", clean().convicted(conv(felony).sentence(1000),
                    conv(felony).sentence(900)), MATCH),
            row("eo17.ina212a3", "terrorism flag", clean().terrorism(true), MATCH),
            row("eo17.ina212a6C", "fraud in an application", clean().fraud(true), LIKELY_MATCH),
            row("eo17.ina212a6C", "false claim to citizenship", clean().conduct(false_claim_usc), LIKELY_MATCH),
            row("eo17.ina212a6C", "none", clean(), NO_MATCH),
            row("eo17.ina235", "entered without inspection", clean().entry(EWI, "2012-01-01"), LIKELY_MATCH),
            row("eo17.ina235", "paroled", clean().entry(paroled, "2022-01-01"), NEEDS_REVIEW),
            row("eo17.ina235", "admitted on a visa", clean(), NO_MATCH),
            row("eo17.ina235", "entry unknown", clean().entry(null, null), INSUFFICIENT_DATA),
            row("eo17.ina237a2", "admitted, aggravated felony", clean().convicted(conv(felony).aggfel(yes)), MATCH),
            row("eo17.ina237a2", "never admitted", clean().entry(EWI, "2012-01-01").convicted(conv(felony).aggfel(yes)),
                    NO_MATCH),
            row("eo17.ina237a2", "LPR with DV misdemeanor", clean().entry(EWI, "2005-01-01").status(CurrentStatus.LPR)
                    .convicted(conv(misdemeanor).tags(Tag.dv)), LIKELY_MATCH),
            row("eo17.ina237a2", "entry unknown", clean().entry(null, null).convicted(conv(felony).aggfel(yes)),
                    INSUFFICIENT_DATA),
            row("eo17.ina237a2", "admitted, other misdemeanor", clean().convicted(conv(misdemeanor)), NEEDS_REVIEW),
            row("eo17.ina237a4", "terrorism flag", clean().terrorism(true), MATCH));
    }

    static Stream<Arguments> eo2017Listed() {
        return Stream.of(
            row("eo17.a_convicted", "misdemeanor traffic offense", clean().convicted(conv(minor_traffic)), MATCH),
            row("eo17.a_convicted", "civil infraction", clean().convicted(conv(infraction)), NO_MATCH),
            row("eo17.a_convicted", "vacated felony", clean().convicted(conv(felony).vacated(true)), NEEDS_REVIEW),
            row("eo17.a_convicted", "classification unknown", clean().convicted(conv(null)), INSUFFICIENT_DATA),
            row("eo17.b_charged", "open charge", clean().charged(Tag.theft), MATCH),
            row("eo17.b_charged", "none", clean(), NO_MATCH),
            row("eo17.b_charged", "unknown", clean().criminalUnknown(), INSUFFICIENT_DATA),
            row("eo17.c_chargeable_acts", "entered without inspection", clean().entry(EWI, "2012-01-01"), LIKELY_MATCH),
            row("eo17.c_chargeable_acts", "apprehended at the border and released", clean()
                    .entry(apprehended_at_border_released, "2019-01-01"), NEEDS_REVIEW),
            row("eo17.c_chargeable_acts", "false SSN", clean().conduct(false_ssn), LIKELY_MATCH),
            row("eo17.c_chargeable_acts", "other conduct", clean().conduct(other), NEEDS_REVIEW),
            row("eo17.c_chargeable_acts", "none", clean(), NO_MATCH),
            row("eo17.c_chargeable_acts", "conduct unknown", clean().conduct((UnchargedConduct[]) null), INSUFFICIENT_DATA),
            row("eo17.d_fraud_official", "fraud", clean().fraud(true), MATCH),
            row("eo17.d_fraud_official", "unknown", clean().fraud(null), INSUFFICIENT_DATA),
            row("eo17.e_benefits_abuse", "finding of abuse", clean().benefitsAbuse(true), MATCH),
            row("eo17.e_benefits_abuse", "none", clean(), NO_MATCH),
            row("eo17.f_final_order_not_departed", "order, still here", clean().finalOrder(true, "2012-01-01", false),
                    MATCH),
            row("eo17.f_final_order_not_departed", "departed", clean().finalOrder(true, "2012-01-01", true), NO_MATCH),
            row("eo17.f_final_order_not_departed", "departure unknown", clean().finalOrder(true, "2012-01-01", null),
                    INSUFFICIENT_DATA),
            row("eo17.g_officer_judgment", "gang database", clean().gang(database_only, null), NEEDS_REVIEW),
            row("eo17.g_officer_judgment", "firearm conviction", clean().convicted(conv(misdemeanor).tags(Tag.firearm)),
                    NEEDS_REVIEW),
            row("eo17.g_officer_judgment", "terrorism flag is still judgment", clean().terrorism(true), NEEDS_REVIEW),
            row("eo17.g_officer_judgment", "no indicator", clean(), NO_MATCH));
    }

    static Stream<Arguments> sessions() {
        return Stream.of(
            row("doj17.1324_smuggling", "1324 conviction", clean().convicted(conv(felony)
                    .federal("8 U.S.C. 1324(a)(1)(A)(ii)")), MATCH),
            row("doj17.1324_smuggling", "other conduct", clean().conduct(other), NEEDS_REVIEW),
            row("doj17.1324_smuggling", "federal statute unknown", clean().convicted(conv(felony).federal(null)),
                    INSUFFICIENT_DATA),
            row("doj17.1324_smuggling", "none", clean(), NO_MATCH),
            row("doj17.1325_felony_entry", "two prior 1325", clean().convicted(conv(misdemeanor)
                    .tags(Tag.immigration_1325), conv(misdemeanor).tags(Tag.immigration_1325)), MATCH),
            row("doj17.1325_felony_entry", "one prior and 3 voluntary returns", clean().voluntaryReturns(3)
                    .convicted(conv(misdemeanor).tags(Tag.immigration_1325)), LIKELY_MATCH),
            row("doj17.1325_felony_entry", "one prior, nothing else", clean().convicted(conv(misdemeanor)
                    .tags(Tag.immigration_1325)), NEEDS_REVIEW),
            row("doj17.1325_felony_entry", "none", clean(), NO_MATCH),
            row("doj17.1325c_marriage_fraud", "fraud recorded", clean().fraud(true), NEEDS_REVIEW),
            row("doj17.1325c_marriage_fraud", "none", clean(), NO_MATCH),
            row("doj17.1326_reentry", "re-entered after removal", clean().reentered(true, "2015-03-03"), MATCH),
            row("doj17.1326_reentry", "removed, re-entry unknown", clean().reentered(null, "2015-03-03"),
                    INSUFFICIENT_DATA),
            row("doj17.1326_reentry", "never removed", clean().reentered(null, null), NO_MATCH),
            row("doj17.1028A_1028_1546_docs", "false documents", clean().conduct(false_documents), LIKELY_MATCH),
            row("doj17.1028A_1028_1546_docs", "none", clean(), NO_MATCH),
            row("doj17.111_assault_officer", "pending charge", clean().charged(Tag.assault_on_officer), MATCH),
            row("doj17.111_assault_officer", "conviction", clean().convicted(conv(misdemeanor)
                    .tags(Tag.assault_on_officer)), MATCH),
            row("doj17.111_assault_officer", "none", clean(), NO_MATCH),
            row("doj17.admin", "never about the client", clean().terrorism(true), NO_MATCH));
    }

    static Stream<Arguments> mayorkas() {
        return Stream.of(
            row("m21.principle", "principle only", clean().entry(EWI, "2022-01-01"), NO_MATCH),
            row("m21.natsec", "terrorism flag", clean().terrorism(true), MATCH),
            row("m21.pubsafety", "a misdemeanor engages it", clean().convicted(conv(misdemeanor)), NEEDS_REVIEW),
            row("m21.pubsafety", "a felony never matches by itself", clean().convicted(conv(felony).aggfel(yes)),
                    NEEDS_REVIEW),
            row("m21.pubsafety", "minor traffic only", clean().convicted(conv(minor_traffic)), NO_MATCH),
            row("m21.pubsafety", "no record", clean(), NO_MATCH),
            row("m21.pubsafety", "record unknown", clean().criminalUnknown(), INSUFFICIENT_DATA),
            row("m21.border_a", "apprehended at the border in 2022", clean().apprehendedOn("2022-05-05"), MATCH),
            row("m21.border_a", "apprehended in 2019 and released", clean().apprehendedOn("2019-05-05"), NEEDS_REVIEW),
            row("m21.border_b", "EWI 2021-03-01", clean().entry(EWI, "2021-03-01"), MATCH),
            row("m21.border_b", "EWI 2015", clean().entry(EWI, "2015-03-01"), NO_MATCH),
            row("m21.border_b", "EWI date unknown", clean().entry(EWI, null), INSUFFICIENT_DATA),
            row("m21.border_b", "visa 2022", clean().entry(admitted_visa, "2022-03-01"), NO_MATCH));
    }

    static Stream<Arguments> eo2025() {
        return Stream.of(
            row("eo25.revocations", "rule about frameworks", clean(), NO_MATCH),
            row("eo25.policy_all_removable", "overstay", clean(), MATCH),
            row("eo25.policy_all_removable", "U.S. citizen", clean().status(CurrentStatus.USC), NO_MATCH),
            row("eo25.policy_all_removable", "U status holder", clean().status(CurrentStatus.U), NEEDS_REVIEW),
            row("eo25.policy_all_removable", "status unknown", clean().status(null), INSUFFICIENT_DATA),
            row("eo25.civil_priorities", "final order, not departed", clean().finalOrder(true, "2019-01-01", false),
                    MATCH),
            row("eo25.civil_priorities", "no order", clean(), NO_MATCH),
            row("eo25.criminal_priorities", "entered without inspection", clean().entry(EWI, "2012-01-01"),
                    LIKELY_MATCH),
            row("eo25.287g", "court date in a 287(g) county", clean().courtIn("Example", Model287g.TFM), MATCH),
            row("eo25.287g", "county without agreement", clean().courtIn("Example"), NO_MATCH),
            row("eo25.287g", "county data unknown", clean().courtIn("Example", (Model287g[]) null), INSUFFICIENT_DATA),
            row("eo25.other", "EWI ten months ago", clean().entry(EWI, "2024-12-01"), LIKELY_MATCH),
            row("eo25.other", "EWI in 2020", clean().entry(EWI, "2020-01-01"), NO_MATCH),
            row("eo25.other", "admitted on a visa in 2025", clean().entry(admitted_visa, "2025-02-01"), NO_MATCH),
            row("laken_riley_2025", "EWI with pending theft charge", clean().entry(EWI, "2012-01-01")
                    .charged(Tag.theft), LIKELY_MATCH),
            row("laken_riley_2025", "admitted, pending theft charge", clean().charged(Tag.theft), NO_MATCH),
            row("laken_riley_2025", "EWI, no record", clean().entry(EWI, "2012-01-01"), NO_MATCH),
            row("ice2025_11005_4", "U victim", clean().uVictim(), MATCH),
            row("ice2025_11005_4", "no victim facts recorded", clean(), INSUFFICIENT_DATA));
    }

    @ParameterizedTest(name = "{0}: {1} -> {3}")
    @MethodSource("rows")
    void categoryResult(String id, String pattern, Facts facts, CategoryOutcome expected) {
        CategoryResult result = category(facts, id);

        assertThat(result.result()).as(id + " / " + pattern + " " + result.reasons()).isEqualTo(expected);
        assertThat(result.reasons()).as("every result explains itself").isNotEmpty().allMatch(r -> !r.isBlank());
        assertThat(result.citation()).isNotBlank();
        if (expected == INSUFFICIENT_DATA) {
            assertThat(result.facts()).as("paths read").isNotEmpty();
        }
    }

    @Test
    void everyBundledCategoryHasAtLeastOneRow() {
        Set<String> covered = rows().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> bundled = ENGINE.catalog().all().stream().flatMap(fw -> fw.categories().stream())
                .map(CategoryDefinition::id).collect(Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrderElementsOf(bundled);
    }
}
