package org.amparo.screening.relief;

import static org.amparo.screening.relief.ReliefFacts.U.crime;
import static org.amparo.screening.relief.ReliefFacts.facts;
import static org.amparo.screening.relief.ReliefFacts.u;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.amparo.facts.Evidence;
import org.amparo.facts.Immigration;
import org.amparo.facts.UFacts;
import org.amparo.facts.UFacts.Helpfulness;
import org.amparo.facts.UFacts.Modifier;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** U visa elements, certification and admissibility rules (LEGAL-REFERENCE §2.1–§2.4), one row per rule. */
class UVisaScreenerTest {

    private static final LocalDate D = ReliefFacts.AS_OF;

    /** One rule: facts, the element it must produce, the overall outcome and a text the reason/flags must show. */
    record Row(String rule, String story, ReliefFacts facts, String element, ElementOutcome result,
               ReliefOutcome outcome, String expectSeen) {
        @Override
        public String toString() {
            return rule + ": " + story;
        }
    }

    static Row row(String rule, String story, ReliefFacts facts, String element, ElementOutcome result,
                   ReliefOutcome outcome, String seen) {
        return new Row(rule, story, facts, element, result, outcome, seen);
    }

    static ReliefFacts withU(ReliefFacts.U builder) {
        return facts().u(builder);
    }

    static Stream<Row> rows() {
        return Stream.of(crimeRows(), elementRows(), admissibilityRows(), certificationRows()).flatMap(r -> r);
    }

    static Stream<Row> crimeRows() {
        return Stream.of(
                row("u.qca", "listed crime (domestic violence)", withU(u()), "u.qca", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, "domestic_violence"),
                row("u.qca", "attempted kidnapping", withU(u().crimes(crime("kidnapping", true, Modifier.attempt))),
                        "u.qca", ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "attempt"),
                row("u.qca", "conspiracy to commit extortion", withU(u().crimes(crime("extortion", true,
                        Modifier.conspiracy))), "u.qca", ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "conspiracy"),
                row("u.qca", "solicitation of witness tampering", withU(u().crimes(crime("witness_tampering", true,
                        Modifier.solicitation))), "u.qca", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                        "solicitation"),
                row("u.qca", "only similar activity", withU(u().crimes(crime("similar_activity", true))), "u.qca",
                        ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO,
                        ReliefResult.FLAG_ATTORNEY_REVIEW),
                row("u.qca", "robbery is not on the list", withU(u().crimes(crime("robbery", true))), "u.qca",
                        ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE, "is on the qualifying list (e.g. robbery"),
                row("u.qca", "stalking, a 2013 addition", withU(u().crimes(crime("stalking", true))), "u.qca",
                        ElementOutcome.MET, ReliefOutcome.LIKELY_ELIGIBLE, ReliefResult.FLAG_UNVERIFIED),
                row("u.qca", "crimes unknown", withU(u().noCrimes()), "u.qca", ElementOutcome.UNKNOWN,
                        ReliefOutcome.NEEDS_MORE_INFO, "$.u.crimes"));
    }

    static Stream<Row> elementRows() {
        return Stream.of(
                row("u.el1_abuse", "strong evidence", withU(u()), "u.el1_abuse", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, "Strong evidence"),
                row("u.el1_abuse", "borderline evidence", withU(u().abuse(Evidence.some)), "u.el1_abuse",
                        ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO, "substantial"),
                row("u.el1_abuse", "no evidence", withU(u().abuse(Evidence.none)), "u.el1_abuse",
                        ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE, "No evidence"),
                row("u.el1_abuse", "not assessed", withU(u().abuse(null)), "u.el1_abuse", ElementOutcome.UNKNOWN,
                        ReliefOutcome.NEEDS_MORE_INFO, "$.u.substantial_abuse_evidence"),
                row("u.el2_information", "has information", withU(u()), "u.el2_information", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, "has information"),
                row("u.el2_information", "adult without information", withU(u().information(false)),
                        "u.el2_information", ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE, "no information"),
                row("u.el2_information", "15 at the crime: next friend may hold it",
                        withU(u().information(false)).dob(LocalDate.of(2010, 1, 1)), "u.el2_information",
                        ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO, ReliefResult.FLAG_UNVERIFIED),
                row("u.el2_information", "unknown", withU(u().information(null)), "u.el2_information",
                        ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO, "$.u.has_information_about_crime"),
                row("u.el3_helpful", "has been helpful", withU(u()), "u.el3_helpful", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, "has been"),
                row("u.el3_helpful", "is being helpful", withU(u().help(Helpfulness.is_being)), "u.el3_helpful",
                        ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "is being"),
                row("u.el3_helpful", "likely to be helpful", withU(u().help(Helpfulness.likely_to_be)),
                        "u.el3_helpful", ElementOutcome.MET, ReliefOutcome.LIKELY_ELIGIBLE, "likely"),
                row("u.el3_helpful", "refused unreasonably", withU(u().help(Helpfulness.refused_unreasonably)),
                        "u.el3_helpful", ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE, "refused"),
                row("u.el3_helpful", "refused but under 16 at the crime",
                        withU(u().help(Helpfulness.refused_unreasonably)).dob(LocalDate.of(2010, 6, 1)),
                        "u.el3_helpful", ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO, "under 16"),
                row("u.el3_helpful", "help unknown", withU(u().help(Helpfulness.unknown)), "u.el3_helpful",
                        ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO, "$.u.helpfulness"),
                row("u.el4_us_nexus", "crime in the U.S.", withU(u()), "u.el4_us_nexus", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, "in the United States"),
                row("u.el4_us_nexus", "abroad, U.S. extraterritorial law", withU(u().crimes(new UFacts.Crime(
                        "trafficking", List.of(), D.minusYears(1), false, true))), "u.el4_us_nexus",
                        ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "extraterritorial"),
                row("u.el4_us_nexus", "wholly abroad", withU(u().crimes(crime("domestic_violence", false))),
                        "u.el4_us_nexus", ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE, "wholly abroad"),
                row("u.el4_us_nexus", "place unknown", withU(u().crimes(new UFacts.Crime("rape", List.of(),
                        D.minusYears(1), null, false))), "u.el4_us_nexus", ElementOutcome.UNKNOWN,
                        ReliefOutcome.NEEDS_MORE_INFO, "$.u.crimes[0].location_us"));
    }

    static Stream<Row> admissibilityRows() {
        return Stream.of(
                row("u.el5_admissible", "no ground", withU(u()), "u.el5_admissible", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, "No inadmissibility ground"),
                row("u.el5_admissible", "entered without inspection", withU(u()).entry(Immigration.EntryManner.EWI),
                        "u.el5_admissible", ElementOutcome.NEEDS_REVIEW, ReliefOutcome.LIKELY_ELIGIBLE,
                        "212(a)(6)(A)(i)"),
                row("u.el5_admissible", "security concern", withU(u()).conduct(ReliefFacts.conduct(false, true)),
                        "u.el5_admissible", ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO,
                        "212(a)(3)"),
                row("u.el5_admissible", "conduct unknown", withU(u()).conduct(null), "u.el5_admissible",
                        ElementOutcome.UNKNOWN, ReliefOutcome.LIKELY_ELIGIBLE, "$.conduct.uncharged_conduct"));
    }

    static Stream<Row> certificationRows() {
        return Stream.of(
                row("u.cert.required", "no Supplement B yet", withU(u().cert(null)), "u.cert.required",
                        ElementOutcome.UNKNOWN, ReliefOutcome.LIKELY_ELIGIBLE, "$.u.certification"),
                row("u.cert.required", "Supplement B recorded", withU(u()), "u.cert.required", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, "does not guarantee"),
                row("u.cert.discretion", "agency may decline", withU(u().cert(null)), "u.cert.discretion",
                        ElementOutcome.UNKNOWN, ReliefOutcome.LIKELY_ELIGIBLE, "not required to sign"),
                row("u.cert.who_agency", "sheriff", withU(u().cert(cert("Example County Sheriff's Office",
                        "Sheriff"))), "u.cert.who_agency", ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "Sheriff"),
                row("u.cert.who_agency", "a shelter is not a certifier", withU(u().cert(cert(
                        "Example Community Shelter", "Director"))), "u.cert.who_agency",
                        ElementOutcome.NEEDS_REVIEW, ReliefOutcome.LIKELY_ELIGIBLE, "Confirm"),
                row("u.cert.who_official", "chief of police", withU(u().cert(cert("Example City Police Department",
                        "Chief of Police"))), "u.cert.who_official", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                        ReliefResult.FLAG_UNVERIFIED),
                row("u.cert.who_official", "a detective signed", withU(u().cert(cert("Example City Police"
                        + " Department", "Detective"))), "u.cert.who_official", ElementOutcome.NEEDS_REVIEW,
                        ReliefOutcome.LIKELY_ELIGIBLE, "designated"),
                row("u.cert.six_months", "day before the anniversary", withU(u().signed(D.minusMonths(6)
                        .plusDays(1))), "u.cert.six_months", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                        "stale on its six-month anniversary"),
                row("u.cert.six_months", "on the anniversary (conservative: stale)", withU(u().signed(
                        D.minusMonths(6))), "u.cert.six_months", ElementOutcome.NOT_MET,
                        ReliefOutcome.LIKELY_ELIGIBLE, "stale on its six-month anniversary"),
                row("u.cert.six_months", "day after the anniversary", withU(u().signed(D.minusMonths(6)
                        .minusDays(1))), "u.cert.six_months", ElementOutcome.NOT_MET, ReliefOutcome.LIKELY_ELIGIBLE,
                        "Obtain a new certification"),
                row("u.cert.six_months", "planned filing the day before the anniversary", withU(u().signed(
                        LocalDate.of(2026, 2, 10)).planned(LocalDate.of(2026, 8, 9))), "u.cert.six_months",
                        ElementOutcome.MET, ReliefOutcome.ELIGIBLE, "planned filing date 2026-08-09"),
                row("u.cert.six_months", "planned filing on the anniversary", withU(u().signed(
                        LocalDate.of(2026, 2, 10)).planned(LocalDate.of(2026, 8, 10))), "u.cert.six_months",
                        ElementOutcome.NOT_MET, ReliefOutcome.LIKELY_ELIGIBLE, "file by 2026-08-09"),
                row("u.cert.six_months", "filed with a stale certification", withU(u().signed(
                        LocalDate.of(2026, 2, 10)).filed(LocalDate.of(2026, 8, 11))).asOf(LocalDate.of(2026, 9, 1)),
                        "u.cert.six_months", ElementOutcome.NOT_MET, ReliefOutcome.NEEDS_MORE_INFO, "stale when filed"),
                row("u.cert.six_months", "planned date already passed: judged on the screening date",
                        withU(u().signed(D.minusMonths(6)).planned(D.minusDays(10))), "u.cert.six_months",
                        ElementOutcome.NOT_MET, ReliefOutcome.LIKELY_ELIGIBLE, "the screening date " + D),
                row("u.cert.six_months", "signature date unknown", withU(u().signed(null)), "u.cert.six_months",
                        ElementOutcome.UNKNOWN, ReliefOutcome.LIKELY_ELIGIBLE, "$.u.certification.signed_date"),
                row("u.cert.original", "original held", withU(u()), "u.cert.original", ElementOutcome.MET,
                        ReliefOutcome.ELIGIBLE, ReliefResult.FLAG_UNVERIFIED),
                row("u.cert.original", "only a photocopy", withU(u().cert(new UFacts.Certification(
                        "Example City Police Department", "Chief of Police", D.minusDays(20), false))),
                        "u.cert.original", ElementOutcome.NOT_MET, ReliefOutcome.LIKELY_ELIGIBLE, "original"));
    }

    static UFacts.Certification cert(String agency, String title) {
        return new UFacts.Certification(agency, title, D.minusDays(20), true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void rule(Row row) {
        ReliefResult result = new UVisaScreener().screen(row.facts().build(), row.facts().asOf());

        ReliefResult.ElementResult element = UtScreenAsserts.element(result, row.element());
        assertThat(element.result()).as("element result").isEqualTo(row.result());
        assertThat(result.outcome()).as("outcome").isEqualTo(row.outcome());
        assertThat(UtScreenAsserts.visibleText(result, element)).contains(row.expectSeen());
        assertThat(element.citation()).isNotBlank();
    }

    @Test
    void unknownFactsAreNeverEligibleAndAreListed() {
        ReliefResult result = new UVisaScreener().screen(withU(u().help(null).abuse(null)).build(), D);

        assertThat(result.outcome()).isEqualTo(ReliefOutcome.NEEDS_MORE_INFO);
        assertThat(result.missingFacts()).contains("$.u.helpfulness", "$.u.substantial_abuse_evidence");
    }

    @Test
    void waiversCollectEveryGroundFromTheFacts() {
        ReliefFacts facts = withU(u()).entry(Immigration.EntryManner.EWI)
                .conduct(ReliefFacts.conduct(false, false, org.amparo.facts.Conduct.UnchargedConduct.false_claim_usc))
                .convictions(ReliefFacts.conviction("Demo solicitation", org.amparo.facts.Criminal.Tristate.no,
                        org.amparo.facts.Criminal.Tag.prostitution));

        ReliefResult result = new UVisaScreener().screen(facts.build(), D);

        assertThat(result.waiversNeeded()).containsExactly("212(a)(6)(A)(i)", "212(a)(2)(D)", "212(a)(6)(C)(ii)");
        assertThat(result.flags()).contains(ReliefResult.FLAG_ATTORNEY_REVIEW);
    }

    @Test
    void reentryAfterRemovalNeedsBothRemovalWaivers() {
        Immigration removed = new Immigration(Immigration.EntryManner.EWI, null, D.minusYears(3), false, null, null,
                Immigration.CurrentStatus.none, false, null, false, null, null, null, null,
                List.of(new Immigration.PriorRemoval(D.minusYears(5), "expedited_removal")), true, null, null);

        ReliefResult result = new UVisaScreener().screen(withU(u()).immigration(removed).build(), D);

        assertThat(result.waiversNeeded()).contains("212(a)(9)(A)", "212(a)(9)(C)(i)(II)");
    }

    @Test
    void emptyUSectionAsksForEachUnknownElement() {
        UFacts empty = new UFacts(null, null, null, null, null, null, null, null, null, null, null, null);
        org.amparo.facts.FactsDocument doc = new org.amparo.facts.FactsDocument("amparo-facts/1", "t-empty", D, null,
                null, null, null, empty, null, null, null, null, null, null, null, null, null);

        ReliefResult result = new UVisaScreener().screen(doc, D);

        assertThat(result.outcome()).isEqualTo(ReliefOutcome.NEEDS_MORE_INFO);
        assertThat(result.missingFacts()).contains("$.u.crimes", "$.u.victim_role", "$.u.substantial_abuse_evidence",
                "$.u.has_information_about_crime", "$.u.helpfulness", "$.u.certification",
                "$.immigration.entry_manner", "$.criminal.conviction_offenses");
        assertThat(result.derivatives()).isEmpty();
    }

    @Test
    void noUSectionIsNotApplicable() {
        ReliefResult result = new UVisaScreener().screen(facts().build(), D);

        assertThat(result.outcome()).isEqualTo(ReliefOutcome.NOT_APPLICABLE);
        assertThat(result.relief()).isEqualTo(ReliefResult.Relief.u_visa);
        assertThat(result.elements()).isEmpty();
    }
}
