package org.amparo.screening.enforcement;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.Criminal.Classification;
import org.amparo.facts.Criminal.Tag;
import org.amparo.facts.Criminal.Tristate;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FamilyMember;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.FrameworkResult.Assessment;
import org.amparo.screening.FrameworkResult.Leaning;
import org.amparo.screening.enforcement.FactPaths.Charge;
import org.amparo.screening.enforcement.FactPaths.Conv;

/**
 * {@code public_safety_assessment} (Mayorkas 2021 "current threat to public safety"): decided on the totality of
 * facts, never by a bright line. Criminal history engages it (NEEDS_REVIEW) and fills an {@link Assessment} with the
 * aggravating and mitigating factors (ids from the legal reference) found in the facts and a leaning.
 */
final class PublicSafetyAssessment {

    /** {@code victim_indicators} with its defaults, as this assessment reads it. */
    private static final Params VICTIM_DEFAULTS = Params.empty("m21.pubsafety");

    private PublicSafetyAssessment() {
    }

    static PredicateResult evaluate(FactsDocument facts, Params p, LocalDate asOf) {
        Finding f = new Finding().read(FactPaths.CONVICTIONS, FactPaths.PENDING);
        List<Conv> convs = FactPaths.convictions(facts);
        List<Charge> charges = FactPaths.pendingCharges(facts);
        Set<Classification> engaging = CriminalPredicates.classifications(p, "engaging_classifications");
        List<Conv> engaged = engaged(convs, engaging);
        boolean hasCharges = charges != null && !charges.isEmpty();
        if (engaged.isEmpty() && !hasCharges) {
            if (convs == null) {
                f.unknown("criminal history not known", FactPaths.CONVICTIONS);
            }
            if (charges == null) {
                f.unknown("pending charges not known", FactPaths.PENDING);
            }
            return f.done("no criminal conviction or pending charge: the public-safety category is not engaged");
        }
        f.read("$.person.dob", FactPaths.PRESENCE_SINCE, "$.family_members", "$.u.crimes", "$.t.trafficking_type",
                "$.vawa.abuse_type", FactPaths.COURT_EVENTS);
        List<String> aggravating = aggravating(engaged, p);
        pendingAggravating(charges, aggravating);
        List<String> mitigating = mitigating(facts, convs == null ? List.of() : convs, p, asOf);
        boolean serious = false;
        for (String a : aggravating) {
            serious |= !a.startsWith("m21.agg.record");
        }
        Leaning leaning = aggravating.isEmpty() ? Leaning.likely_not_priority
                : serious && mitigating.isEmpty() ? Leaning.likely_priority : Leaning.needs_review;
        f.review("criminal history engages the public-safety category: an officer weighs the totality of facts"
                + " (" + engaged.size() + " conviction(s), " + (hasCharges ? charges.size() : 0)
                + " pending charge(s); " + aggravating.size() + " aggravating, " + mitigating.size()
                + " mitigating factor(s) found); a conviction alone never settles it", FactPaths.CONVICTIONS);
        f.note("the sophistication of an offense and factors not recorded in the facts (e.g. health, public"
                + " service, workplace or tenant rights) must be weighed by a person");
        return f.assessment(new Assessment(aggravating, mitigating, leaning)).done("");
    }

    /** Convictions of an engaging (or unknown) classification. */
    private static List<Conv> engaged(List<Conv> convs, Set<Classification> engaging) {
        List<Conv> engaged = new ArrayList<>(convs == null ? 0 : convs.size());
        if (convs != null) {
            for (Conv c : convs) {
                if (c.c().classification() == null || engaging.contains(c.c().classification())) {
                    engaged.add(c);
                }
            }
        }
        return engaged;
    }

    private static List<String> aggravating(List<Conv> engaged, Params p) {
        List<String> out = new ArrayList<>();
        int felonyDays = p.integer("serious_sentence_days", 365);
        for (Conv conv : engaged) {
            if (conv.vacated()) {
                continue;
            }
            var c = conv.c();
            if (c.classification() == Classification.felony || c.aggravatedFelony() == Tristate.yes
                    || (c.sentenceImposedDays() != null && c.sentenceImposedDays() >= felonyDays)) {
                out.add("m21.agg.gravity: " + conv.label() + " — " + c.classification()
                        + (c.sentenceImposedDays() != null ? ", sentence " + c.sentenceImposedDays() + " days" : ""));
            }
            if (conv.hasTag(Tag.dv) || conv.hasTag(Tag.sexual_abuse) || conv.hasTag(Tag.assault_on_officer)) {
                out.add("m21.agg.harm: " + conv.label() + " — an offense against a person");
            }
            if (conv.hasTag(Tag.firearm)) {
                out.add("m21.agg.weapon: " + conv.label() + " — firearm");
            }
        }
        long live = 0;
        for (Conv c : engaged) {
            live += c.vacated() ? 0 : 1;
        }
        if (live >= p.integer("record_min_convictions", 2)) {
            out.add("m21.agg.record: " + live + " convictions (whether the record is serious needs review)");
        }
        return out;
    }

    /** Unresolved charges are weighed as charges only: the person is presumed innocent. */
    private static void pendingAggravating(List<Charge> charges, List<String> out) {
        if (charges == null) {
            return;
        }
        for (Charge charge : charges) {
            List<Tag> tags = charge.c().tags() == null ? List.of() : charge.c().tags();
            if (tags.contains(Tag.dv) || tags.contains(Tag.sexual_abuse) || tags.contains(Tag.assault_on_officer)) {
                out.add("m21.agg.harm: " + charge.label() + " — charged offense against a person (unresolved)");
            }
            if (tags.contains(Tag.firearm)) {
                out.add("m21.agg.weapon: " + charge.label() + " — charged firearm offense (unresolved)");
            }
        }
    }

    private static List<String> mitigating(FactsDocument facts, List<Conv> convs, Params p, LocalDate asOf) {
        List<String> out = new ArrayList<>();
        LocalDate dob = facts.person() != null ? facts.person().dob() : null;
        if (dob != null) {
            int age = Period.between(dob, asOf).getYears();
            if (age < p.integer("tender_age_below", 18) || age >= p.integer("advanced_age_from", 65)) {
                out.add("m21.mit.age: aged " + age + " on " + asOf);
            }
        }
        LocalDate since = facts.immigration() != null ? facts.immigration().continuousPresenceSince() : null;
        int presenceYears = p.integer("lengthy_presence_years", 10);
        if (since != null && !asOf.isBefore(since.plusYears(presenceYears))) {
            out.add("m21.mit.presence: present since " + since + " (" + presenceYears + "+ years)");
        }
        victimFactors(facts, convs, out);
        if (childInUs(facts.familyMembers())) {
            out.add("m21.mit.family: child(ren) in the U.S. who would be affected by her removal");
        }
        LocalDate latest = null;
        for (Conv c : convs) {
            LocalDate date = c.c().convictionDate();
            if (c.vacated()) {
                out.add("m21.mit.vacated: " + c.label() + " vacated or expunged");
            } else if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        int rehabYears = p.integer("rehabilitation_years", 5);
        if (latest != null && !asOf.isBefore(latest.plusYears(rehabYears))) {
            out.add("m21.mit.rehab: most recent conviction on " + latest + " (" + rehabYears
                    + "+ years ago; evidence of rehabilitation to gather)");
        }
        return out;
    }

    private static boolean childInUs(List<FamilyMember> family) {
        if (family != null) {
            for (FamilyMember m : family) {
                if (m.location() == FamilyMember.Location.us && m.relationship() == FamilyMember.Relationship.child) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void victimFactors(FactsDocument facts, List<Conv> convs, List<String> out) {
        PredicateResult victim = ConductPredicates.victimIndicators(facts, VICTIM_DEFAULTS, null);
        if (victim.result() == CategoryOutcome.MATCH) {
            out.add("m21.mit.victim_witness: crime victim — " + victim.reasons().get(0));
            out.add("m21.mit.relief: possible eligibility for humanitarian relief (see the relief screening)");
        }
        convs.stream().filter(c -> Boolean.TRUE.equals(c.c().connectedToAbuse())).forEach(c -> out.add(
                "m21.mit.victim_witness: " + c.label() + " is connected to the abuse she suffered"));
        boolean witness = facts.courtEvents() != null && facts.courtEvents().stream().anyMatch(e ->
                Boolean.TRUE.equals(e.caseRelatesToDvSaTraffickingStalking()) && e.clientRole() != null
                        && e.clientRole() != CourtEvent.ClientRole.defendant);
        if (witness) {
            out.add("m21.mit.victim_witness: party or witness in a DV, sexual-assault, trafficking or stalking case");
        }
    }
}
