package org.amparo.screening.enforcement;

import static org.amparo.facts.Criminal.Classification.felony;
import static org.amparo.facts.Criminal.Classification.misdemeanor;
import static org.amparo.facts.Immigration.EntryManner.EWI;
import static org.amparo.screening.FrameworkOutcome.LIKELY_PRIORITY;
import static org.amparo.screening.FrameworkOutcome.NEEDS_REVIEW;
import static org.amparo.screening.FrameworkOutcome.NOT_PRIORITY;
import static org.amparo.screening.FrameworkOutcome.NOT_REMOVABLE;
import static org.amparo.screening.FrameworkOutcome.PRIORITY;
import static org.amparo.screening.FrameworkOutcome.PUBLIC_SAFETY_ASSESSMENT;
import static org.amparo.screening.FrameworkOutcome.REMOVABLE_UNLISTED;
import static org.amparo.screening.enforcement.Facts.clean;
import static org.amparo.screening.enforcement.Facts.conv;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.amparo.facts.Conduct.GangAllegation;
import org.amparo.facts.Criminal.Tag;
import org.amparo.facts.FactSource;
import org.amparo.facts.Immigration.CurrentStatus;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.FrameworkResult.Leaning;
import org.amparo.screening.FrameworkResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Framework outcome derivation, assessment, missing facts and the reference's quick-comparison table (§1.6). */
class OutcomeTest {

    private static final LocalDate AS_OF = LocalDate.parse("2025-09-15");
    private static final DataDrivenEnforcementEngine ENGINE = DataDrivenEnforcementEngine.bundled();

    private static FrameworkResult run(String framework, Facts facts) {
        return ENGINE.evaluate(facts.build(), AS_OF, List.of(framework)).get(0);
    }

    static Stream<Arguments> outcomes() {
        return Stream.of(
            Arguments.of("eo13768_2017", "final order, not departed", clean().finalOrder(true, "2016-01-01", false),
                    PRIORITY),
            Arguments.of("eo13768_2017", "EWI, no record (chargeable 1325 is LIKELY)", clean().entry(EWI, "2010-01-01"),
                    LIKELY_PRIORITY),
            Arguments.of("dhs2014_johnson", "gang database entry only", clean().gang(GangAllegation.database_only, null),
                    NEEDS_REVIEW),
            Arguments.of("dhs2014_johnson", "only unknowns", clean().criminalUnknown(), NEEDS_REVIEW),
            Arguments.of("dhs2021_mayorkas", "one misdemeanor", clean().convicted(conv(misdemeanor)),
                    PUBLIC_SAFETY_ASSESSMENT),
            Arguments.of("dhs2021_mayorkas", "misdemeanor and entry after 2020-11-01", clean().entry(EWI, "2022-02-02")
                    .convicted(conv(misdemeanor)), PRIORITY),
            Arguments.of("dhs2021_mayorkas", "misdemeanor and unknown entry date", clean().entry(EWI, null)
                    .convicted(conv(misdemeanor)), NEEDS_REVIEW),
            Arguments.of("eo14159_2025", "overstay, nothing listed", clean(), REMOVABLE_UNLISTED),
            Arguments.of("eo13768_2017", "visa overstay, nothing listed", clean(), REMOVABLE_UNLISTED),
            Arguments.of("eo14159_2025", "context hits never set the outcome", clean().entry(EWI, "2012-01-01")
                    .charged(Tag.theft), REMOVABLE_UNLISTED),
            Arguments.of("dhs2014_johnson", "nothing applies", clean(), NOT_PRIORITY),
            Arguments.of("dhs2021_mayorkas", "EWI in 2015, no record", clean().entry(EWI, "2015-01-01"), NOT_PRIORITY),
            Arguments.of("eo13768_2017", "U.S. citizen with a conviction", clean().status(CurrentStatus.USC)
                    .convicted(conv(felony)), NOT_REMOVABLE),
            Arguments.of("eo14159_2025", "LPR with nothing", clean().status(CurrentStatus.LPR), NOT_REMOVABLE),
            Arguments.of("eo14159_2025", "LPR with a misdemeanor: removability needs review", clean()
                    .status(CurrentStatus.LPR).convicted(conv(misdemeanor)), NEEDS_REVIEW),
            Arguments.of("eo14159_2025", "LPR with unknown record", clean().status(CurrentStatus.LPR).criminalUnknown(),
                    NEEDS_REVIEW),
            Arguments.of("dhs2014_johnson", "LPR with a felony is not shown as safe", clean().status(CurrentStatus.LPR)
                    .convicted(conv(felony)), PRIORITY));
    }

    @ParameterizedTest(name = "{0}: {1} -> {3}")
    @MethodSource("outcomes")
    void outcome(String framework, String pattern, Facts facts, FrameworkOutcome expected) {
        FrameworkResult result = run(framework, facts);

        assertThat(result.outcome()).as(pattern).isEqualTo(expected);
        assertThat(result.categories()).as("NO_MATCH categories are listed too")
                .hasSize(ENGINE.catalog().find(framework).orElseThrow().categories().size());
    }

    static Stream<Arguments> quickComparison() {
        return Stream.of(
            Arguments.of("EWI only, long resident", clean().entry(EWI, "2010-01-01"),
                    List.of(NOT_PRIORITY, LIKELY_PRIORITY, NOT_PRIORITY, REMOVABLE_UNLISTED)),
            Arguments.of("final order, not departed", clean().finalOrder(true, "2016-01-01", false),
                    List.of(PRIORITY, PRIORITY, NOT_PRIORITY, PRIORITY)),
            Arguments.of("one misdemeanor DUI", clean().convicted(conv(misdemeanor).tags(Tag.dui)),
                    List.of(PRIORITY, PRIORITY, PUBLIC_SAFETY_ASSESSMENT, REMOVABLE_UNLISTED)),
            Arguments.of("pending charge only", clean().charged(Tag.theft),
                    List.of(NOT_PRIORITY, PRIORITY, PUBLIC_SAFETY_ASSESSMENT, REMOVABLE_UNLISTED)));
    }

    @ParameterizedTest(name = "§1.6 {0}")
    @MethodSource("quickComparison")
    void referenceQuickComparisonTable(String pattern, Facts facts, List<FrameworkOutcome> expected) {
        List<FrameworkOutcome> outcomes = ENGINE.evaluate(facts.build(), AS_OF,
                List.of("dhs2014_johnson", "eo13768_2017", "dhs2021_mayorkas", "eo14159_2025"))
                .stream().map(FrameworkResult::outcome).toList();

        assertThat(outcomes).isEqualTo(expected);
    }

    static Stream<Arguments> leanings() {
        return Stream.of(
            Arguments.of("DUI misdemeanor: nothing aggravating", clean().convicted(conv(misdemeanor).tags(Tag.dui)),
                    Leaning.likely_not_priority),
            Arguments.of("felony with a firearm, nothing mitigating", clean().presenceSince("2020-01-01")
                    .convicted(conv(felony).tags(Tag.firearm)), Leaning.likely_priority),
            Arguments.of("felony, but a U victim with a U.S. child", clean().uVictim().childInUs()
                    .convicted(conv(felony)), Leaning.needs_review),
            Arguments.of("two minor misdemeanors: a record, but nothing serious", clean().presenceSince("2020-01-01")
                    .convicted(conv(misdemeanor), conv(misdemeanor)), Leaning.needs_review),
            Arguments.of("pending firearm charge, nothing mitigating", clean().presenceSince("2020-01-01")
                    .charged(Tag.firearm), Leaning.likely_priority));
    }

    @ParameterizedTest(name = "m21.pubsafety leaning: {0}")
    @MethodSource("leanings")
    void publicSafetyAssessmentWeighsFactors(String pattern, Facts facts, Leaning expected) {
        FrameworkResult result = run("dhs2021_mayorkas", facts);

        assertThat(result.outcome()).isEqualTo(PUBLIC_SAFETY_ASSESSMENT);
        assertThat(result.assessment()).isNotNull();
        assertThat(result.assessment().leaning()).isEqualTo(expected);
        assertThat(result.assessment().aggravating()).allMatch(s -> s.startsWith("m21.agg."));
        assertThat(result.assessment().mitigating()).allMatch(s -> s.startsWith("m21.mit."));
    }

    @Test
    void assessmentNamesTheFactorsFound() {
        FrameworkResult result = run("dhs2021_mayorkas", clean().uVictim().childInUs().dob("1950-02-02")
                .convicted(conv(felony).tags(Tag.firearm).connectedToAbuse().on("2015-01-01")));

        assertThat(result.assessment().aggravating()).anyMatch(s -> s.startsWith("m21.agg.gravity"))
                .anyMatch(s -> s.startsWith("m21.agg.weapon"));
        assertThat(result.assessment().mitigating()).anyMatch(s -> s.startsWith("m21.mit.age"))
                .anyMatch(s -> s.startsWith("m21.mit.presence")).anyMatch(s -> s.startsWith("m21.mit.family"))
                .anyMatch(s -> s.startsWith("m21.mit.rehab")).anyMatch(s -> s.contains("connected to the abuse"));
    }

    @Test
    void assessmentOnlyForMayorkas() {
        Facts facts = clean().convicted(conv(misdemeanor));
        assertThat(ENGINE.evaluate(facts.build(), AS_OF, List.of()))
                .allMatch(r -> (r.assessment() != null) == r.framework().equals("dhs2021_mayorkas"));
    }

    @Test
    void missingFactsNameThePathsThatWouldSettleIt() {
        FrameworkResult result = run("eo13768_2017", clean().entry(EWI, "2010-01-01").criminalUnknown());

        assertThat(result.outcome()).isEqualTo(LIKELY_PRIORITY);
        assertThat(result.missingFacts()).contains("$.criminal.conviction_offenses", "$.criminal.pending_charges");
        assertThat(run("eo13768_2017", clean().finalOrder(true, "2016-01-01", false)).missingFacts())
                .as("a settled PRIORITY needs nothing more").isEmpty();
        assertThat(run("dhs2014_johnson", clean().status(null)).missingFacts())
                .contains("$.immigration.current_status");
        assertThat(run("eo14159_2025", clean().status(CurrentStatus.LPR).fraud(null)).missingFacts())
                .containsExactly("$.conduct.fraud_or_misrep_official_matter");
    }

    @Test
    void unverifiedCategoriesSaySoFirstWhateverTheirResult() {
        for (Facts facts : List.of(clean(), Facts.unknown(), clean().reentered(true, "2014-04-04").charged(Tag.theft)
                .entry(EWI, "2025-01-01"))) {
            ENGINE.evaluate(facts.build(), AS_OF, List.of()).forEach(fw -> fw.categories().forEach(c -> {
                boolean unverified = ENGINE.catalog().find(fw.framework()).orElseThrow().categories().stream()
                        .anyMatch(d -> d.id().equals(c.id()) && d.unverified());
                assertThat(c.reasons().get(0).startsWith("UNVERIFIED in the legal reference: "))
                        .as(c.id()).isEqualTo(unverified);
            }));
        }
    }

    @Test
    void abuserSourcedFactsCarryThe1367Warning() {
        FrameworkResult result = run("eo13768_2017", clean().charged(Tag.dv)
                .source("$.criminal.pending_charges[0]", FactSource.abuser));

        assertThat(result.categories()).filteredOn(c -> c.id().equals("eo17.b_charged")).singleElement()
                .satisfies(c -> assertThat(c.reasons()).anyMatch(r -> r.contains("8 U.S.C. 1367")));
    }

    @Test
    void significantDvMisdemeanorConnectedToAbuseCarriesTheUnverifiedFootnote() {
        var c = CategoryRulesTest.category(clean().convicted(conv(misdemeanor).tags(Tag.dv).connectedToAbuse()),
                "j14.p2b_significant_misd");

        assertThat(c.reasons()).anyMatch(r -> r.startsWith("UNVERIFIED") && r.contains("DV victim"));
    }
}
