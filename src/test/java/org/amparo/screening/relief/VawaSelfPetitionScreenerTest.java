package org.amparo.screening.relief;

import static org.amparo.screening.ReliefResult.ElementOutcome.MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.NEEDS_REVIEW;
import static org.amparo.screening.ReliefResult.ElementOutcome.NOT_MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.UNKNOWN;
import static org.amparo.screening.ReliefResult.ReliefOutcome.ELIGIBLE;
import static org.amparo.screening.ReliefResult.ReliefOutcome.LIKELY_ELIGIBLE;
import static org.amparo.screening.ReliefResult.ReliefOutcome.NEEDS_MORE_INFO;
import static org.amparo.screening.ReliefResult.ReliefOutcome.NOT_ELIGIBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.amparo.deadlines.DeadlineFacts;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ElementResult;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VawaSelfPetitionScreenerTest {

    private final VawaSelfPetitionScreener screener = new VawaSelfPetitionScreener();

    /** Fictional spouse of an abusive U.S. citizen with every element evidenced. */
    static DeadlineFacts spouse() {
        return DeadlineFacts.asOf("2025-09-15")
                .set("person.given_name", "Ana").set("person.family_name", "Ejemplo")
                .set("person.dob", "1990-04-02").set("person.address.city", "Example City")
                .set("person.address.state", "CA")
                .json("criminal", "{'conviction_offenses':[]}")
                .set("vawa.abuser_relationship", "spouse").set("vawa.abuser_status", "USC")
                .set("vawa.marriage_date", "2018-06-01").set("vawa.marriage_good_faith_evidence", "strong")
                .set("vawa.resided_with_abuser_ever", true).json("vawa.abuse_type", "['battery','extreme_cruelty']")
                .set("vawa.abuse_during_relationship", true).json("vawa.gmc_issues", "[]")
                .set("vawa.remarried_before_filing", false);
    }

    static DeadlineFacts formerSpouse(String divorceDate) {
        return spouse().set("vawa.abuser_relationship", "former_spouse").set("vawa.divorce_date", divorceDate)
                .set("vawa.divorce_connected_to_abuse", true);
    }

    static DeadlineFacts statusLost(String lossDate) {
        return spouse().set("vawa.abuser_status", "none").set("vawa.abuser_status_loss_date", lossDate)
                .set("vawa.abuser_status_loss_related_to_dv", true);
    }

    static DeadlineFacts widow(String deathDate) {
        return spouse().set("vawa.abuser_death_date", deathDate);
    }

    /** Fictional daughter abused by her U.S. citizen father, born 2000-06-10 (25th birthday 2025-06-10). */
    static DeadlineFacts daughter() {
        return spouse().set("person.dob", "2000-06-10").set("vawa.abuser_relationship", "parent")
                .set("vawa.delay_caused_by_abuse", true).remove("vawa.marriage_date");
    }

    static DeadlineFacts parentOfAbuser(int age) {
        return spouse().set("vawa.abuser_relationship", "son_daughter").set("vawa.son_daughter_age", age);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("vawa.rel", "spouse with a marriage date", spouse(), MET, ELIGIBLE),
                arguments("vawa.rel", "spouse without a marriage date", spouse().remove("vawa.marriage_date"),
                        UNKNOWN, NEEDS_MORE_INFO),
                arguments("vawa.rel", "intended spouse, unknowing bigamy",
                        spouse().set("vawa.abuser_relationship", "intended_spouse").set("vawa.bigamy_unknowing", true),
                        MET, ELIGIBLE),
                arguments("vawa.rel", "intended spouse who knew of the bigamy",
                        spouse().set("vawa.abuser_relationship", "intended_spouse")
                                .set("vawa.bigamy_unknowing", false), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.rel", "parent of a USC son aged 22", parentOfAbuser(22), MET, ELIGIBLE),
                arguments("vawa.rel", "parent of a USC son aged 19", parentOfAbuser(19), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.rel", "parent of an LPR son", parentOfAbuser(30).set("vawa.abuser_status", "LPR"),
                        NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.rel", "child under 21: unmarried must be confirmed",
                        daughter().set("person.dob", "2006-01-01"), NEEDS_REVIEW, LIKELY_ELIGIBLE),
                arguments("vawa.abuser_status", "LPR abuser", spouse().set("vawa.abuser_status", "LPR"), MET,
                        ELIGIBLE),
                arguments("vawa.abuser_status", "undocumented abuser", spouse().set("vawa.abuser_status", "none"),
                        NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.abuser_status", "status unknown", spouse().set("vawa.abuser_status", "unknown"),
                        UNKNOWN, NEEDS_MORE_INFO),
                arguments("vawa.2y.divorce", "filed on the last day of the window",
                        formerSpouse("2023-05-10").set("vawa.filed_date", "2025-05-09"), MET, ELIGIBLE),
                arguments("vawa.2y.divorce", "filed the day after the window",
                        formerSpouse("2023-05-10").set("vawa.filed_date", "2025-05-10"), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.2y.divorce", "not filed, as_of is the last day", formerSpouse("2023-09-16"), MET,
                        ELIGIBLE),
                arguments("vawa.2y.divorce", "not filed, as_of is the day after", formerSpouse("2023-09-15"),
                        NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.2y.divorce", "divorce not connected to the abuse",
                        formerSpouse("2024-09-01").set("vawa.divorce_connected_to_abuse", false), NOT_MET,
                        NOT_ELIGIBLE),
                arguments("vawa.2y.divorce", "connection unknown",
                        formerSpouse("2024-09-01").remove("vawa.divorce_connected_to_abuse"), UNKNOWN,
                        NEEDS_MORE_INFO),
                arguments("vawa.2y.divorce", "former spouse without a divorce date",
                        formerSpouse("2024-09-01").remove("vawa.divorce_date"), UNKNOWN, NEEDS_MORE_INFO),
                arguments("vawa.2y.lost_status", "filed on the last day of the window",
                        statusLost("2023-05-10").set("vawa.filed_date", "2025-05-09"), MET, ELIGIBLE),
                arguments("vawa.2y.lost_status", "filed the day after the window",
                        statusLost("2023-05-10").set("vawa.filed_date", "2025-05-10"), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.2y.lost_status", "loss not due to domestic violence",
                        statusLost("2024-05-10").set("vawa.abuser_status_loss_related_to_dv", false), NOT_MET,
                        NOT_ELIGIBLE),
                arguments("vawa.2y.death_usc", "filed on the last day of the window",
                        widow("2023-05-10").set("vawa.filed_date", "2025-05-09"), MET, ELIGIBLE),
                arguments("vawa.2y.death_usc", "filed the day after the window",
                        widow("2023-05-10").set("vawa.filed_date", "2025-05-10"), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.2y.death_usc", "deceased LPR has no two-year rule",
                        widow("2024-05-10").set("vawa.abuser_status", "LPR"), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.child_to_25", "filed the day before the 25th birthday",
                        daughter().set("vawa.filed_date", "2025-06-09"), MET, ELIGIBLE),
                arguments("vawa.child_to_25", "filed on the 25th birthday",
                        daughter().set("vawa.filed_date", "2025-06-10"), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.child_to_25", "aged 23, delay not caused by the abuse",
                        daughter().set("vawa.filed_date", "2023-07-01").set("vawa.delay_caused_by_abuse", false),
                        NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.child_to_25", "aged 23, cause of delay unknown",
                        daughter().set("vawa.filed_date", "2023-07-01").remove("vawa.delay_caused_by_abuse"),
                        UNKNOWN, NEEDS_MORE_INFO),
                arguments("vawa.abuse", "no abuse recorded", spouse().json("vawa.abuse_type", "[]"), NOT_MET,
                        NOT_ELIGIBLE),
                arguments("vawa.abuse", "abuse outside the relationship",
                        spouse().set("vawa.abuse_during_relationship", false), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.abuse", "kind of abuse unknown", spouse().remove("vawa.abuse_type"), UNKNOWN,
                        NEEDS_MORE_INFO),
                arguments("vawa.good_faith", "some evidence",
                        spouse().set("vawa.marriage_good_faith_evidence", "some"), NEEDS_REVIEW, LIKELY_ELIGIBLE),
                arguments("vawa.good_faith", "no evidence yet",
                        spouse().set("vawa.marriage_good_faith_evidence", "none"), UNKNOWN, NEEDS_MORE_INFO),
                arguments("vawa.good_faith", "married during removal proceedings",
                        spouse().set("vawa.married_during_removal_proceedings", true), NEEDS_REVIEW,
                        LIKELY_ELIGIBLE),
                arguments("vawa.residence", "never lived with the abuser",
                        spouse().set("vawa.resided_with_abuser_ever", false), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.residence", "residence unknown", spouse().remove("vawa.resided_with_abuser_ever"),
                        UNKNOWN, NEEDS_MORE_INFO),
                arguments("vawa.us_residence", "where she lives is unknown", spouse().remove("person.address"),
                        NEEDS_REVIEW, LIKELY_ELIGIBLE),
                arguments("vawa.gmc", "conviction connected to the abuse",
                        spouse().json("criminal.conviction_offenses", "[{'offense_label':'Demo assault',"
                                + "'aggravated_felony':'no','connected_to_abuse':true}]"), NEEDS_REVIEW,
                        LIKELY_ELIGIBLE),
                arguments("vawa.gmc", "aggravated felony even though connected to the abuse",
                        spouse().json("criminal.conviction_offenses", "[{'offense_label':'Demo offense',"
                                + "'aggravated_felony':'yes','connected_to_abuse':true}]"), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.gmc", "vacated conviction does not count",
                        spouse().json("criminal.conviction_offenses", "[{'offense_label':'Demo theft',"
                                + "'aggravated_felony':'yes','vacated_or_expunged':true}]"), MET, ELIGIBLE),
                arguments("vawa.gmc", "criminal history unknown", spouse().remove("criminal"), UNKNOWN,
                        NEEDS_MORE_INFO),
                arguments("vawa.gmc", "listed good-moral-character issue",
                        spouse().json("vawa.gmc_issues", "['false claim on a job form']"), NEEDS_REVIEW,
                        LIKELY_ELIGIBLE),
                arguments("vawa.remarriage", "remarried before filing",
                        spouse().set("vawa.remarried_before_filing", true), NOT_MET, NOT_ELIGIBLE),
                arguments("vawa.remarriage", "remarriage unknown", spouse().remove("vawa.remarried_before_filing"),
                        UNKNOWN, NEEDS_MORE_INFO),
                arguments("vawa.classification", "LPR abuser: family preference",
                        spouse().set("vawa.abuser_status", "LPR"), MET, ELIGIBLE),
                arguments("vawa.classification", "abuser with no status",
                        spouse().set("vawa.abuser_status", "none"), NOT_MET, NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void screensEachElement(String ruleId, String description, DeadlineFacts facts, ElementOutcome expected,
                            ReliefOutcome outcome) {
        ReliefResult result = screener.screen(facts.build(), facts.asOfDate());

        assertThat(element(result, ruleId).result()).as(description).isEqualTo(expected);
        assertThat(element(result, ruleId).reason()).isNotBlank();
        assertThat(element(result, ruleId).citation()).isNotBlank();
        assertThat(result.outcome()).as(description).isEqualTo(outcome);
    }

    static ElementResult element(ReliefResult result, String id) {
        return result.elements().stream().filter(e -> e.id().equals(id)).reduce((a, b) -> {
            throw new AssertionError("element " + id + " appears twice");
        }).orElseThrow(() -> new AssertionError("no element " + id + " in " + result.elements()));
    }

    @ParameterizedTest(name = "unknown {0} never yields ELIGIBLE")
    @ValueSource(strings = {"vawa.abuser_relationship", "vawa.abuser_status", "vawa.marriage_date",
        "vawa.marriage_good_faith_evidence", "vawa.resided_with_abuser_ever", "vawa.abuse_type",
        "vawa.abuse_during_relationship", "vawa.gmc_issues", "vawa.remarried_before_filing", "criminal",
        "person.address"})
    void anUnknownFactNeverYieldsEligible(String path) {
        DeadlineFacts facts = spouse().remove(path);

        assertThat(screener.screen(spouse().build(), facts.asOfDate()).outcome()).isEqualTo(ELIGIBLE);
        assertThat(screener.screen(facts.build(), facts.asOfDate()).outcome()).isNotEqualTo(ELIGIBLE);
    }

    @Test
    void missingFactsAreNamedByJsonPath() {
        DeadlineFacts facts = spouse().remove("vawa.marriage_date").remove("vawa.resided_with_abuser_ever");

        assertThat(screener.screen(facts.build(), facts.asOfDate()).missingFacts())
                .containsExactlyInAnyOrder("$.vawa.marriage_date", "$.vawa.resided_with_abuser_ever");
    }

    @Test
    void unverifiedRulesAreFlaggedAndSaidInTheReason() {
        DeadlineFacts facts = formerSpouse("2024-09-01").remove("person.address");
        ReliefResult result = screener.screen(facts.build(), facts.asOfDate());

        assertThat(result.flags()).contains(ReliefResult.FLAG_UNVERIFIED);
        assertThat(element(result, "vawa.us_residence").reason()).contains("UNVERIFIED");
        assertThat(element(result, "vawa.2y.divorce").reason()).contains("UNVERIFIED");
        assertThat(element(result, "vawa.gmc").reason()).contains("UNVERIFIED");
    }

    @Test
    void aConvictionConnectedToTheAbuseAsksForAnAttorneyAndNamesTheException() {
        DeadlineFacts facts = spouse().json("criminal.conviction_offenses",
                "[{'offense_label':'Demo assault','aggravated_felony':'no','connected_to_abuse':true}]");
        ReliefResult result = screener.screen(facts.build(), facts.asOfDate());

        assertThat(result.flags()).contains(ReliefResult.FLAG_ATTORNEY_REVIEW);
        assertThat(element(result, "vawa.gmc").reason()).contains("Demo assault").contains("204(a)(1)(C)");
    }

    @Test
    void spouseOnlyElementsAreLeftOutForAChildAndWindowsOnlyWhenTheFactsCallForThem() {
        DeadlineFacts facts = daughter().set("vawa.filed_date", "2025-06-09");

        assertThat(screener.screen(facts.build(), facts.asOfDate()).elements()).extracting(ElementResult::id)
                .doesNotContain("vawa.good_faith", "vawa.remarriage", "vawa.2y.divorce", "vawa.2y.death_usc",
                        "vawa.2y.lost_status")
                .contains("vawa.child_to_25");
    }

    @Test
    void openWindowTellsTheLastDayToFile() {
        DeadlineFacts facts = formerSpouse("2024-09-01");

        assertThat(element(screener.screen(facts.build(), facts.asOfDate()), "vawa.2y.divorce").reason())
                .contains("file by 2026-08-31");
    }

    static Stream<Arguments> derivativeRows() {
        return Stream.of(
                arguments("unmarried child under 21", "{'ref':'child-1','relationship':'child','dob':'2010-05-05',"
                        + "'marital_status':'single'}", ReliefOutcome.LIKELY_ELIGIBLE, "2031-05-04"),
                arguments("child turns 21 tomorrow", "{'ref':'child-1','relationship':'child','dob':'2004-09-16',"
                        + "'marital_status':'single'}", ReliefOutcome.LIKELY_ELIGIBLE, "2025-09-15"),
                arguments("child turned 21 today", "{'ref':'child-1','relationship':'child','dob':'2004-09-15',"
                        + "'marital_status':'single'}", ReliefOutcome.NEEDS_MORE_INFO, null),
                arguments("married child", "{'ref':'child-1','relationship':'child','dob':'2008-05-05',"
                        + "'marital_status':'married'}", ReliefOutcome.NOT_ELIGIBLE, null),
                arguments("child's birth date unknown", "{'ref':'child-1','relationship':'child'}",
                        ReliefOutcome.NEEDS_MORE_INFO, null));
    }

    @ParameterizedTest(name = "vawa.classification derivative: {0}")
    @MethodSource("derivativeRows")
    void herChildrenAreListedAsDerivatives(String description, String child, ReliefOutcome expected,
                                           String fileBy) {
        DeadlineFacts facts = spouse().add("family_members", child)
                .add("family_members", "{'ref':'ex-1','relationship':'child','dob':'2009-01-01','is_abuser':true}");

        assertThat(screener.screen(facts.build(), facts.asOfDate()).derivatives()).singleElement()
                .satisfies(d -> {
                    assertThat(d.member()).isEqualTo("child-1");
                    assertThat(d.outcome()).as(description).isEqualTo(expected);
                    assertThat(d.fileBy()).isEqualTo(fileBy == null ? null : java.time.LocalDate.parse(fileBy));
                });
    }

    @Test
    void noVawaFactsIsNotApplicable() {
        DeadlineFacts facts = DeadlineFacts.asOf("2025-09-15").set("person.dob", "1990-04-02");

        ReliefResult result = screener.screen(facts.build(), facts.asOfDate());

        assertThat(result.outcome()).isEqualTo(ReliefOutcome.NOT_APPLICABLE);
        assertThat(result.relief()).isEqualTo(ReliefResult.Relief.vawa_self_petition);
        assertThat(result.elements()).isEmpty();
    }
}
