package org.amparo.screening.relief;

import org.amparo.deadlines.LegalDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FamilyMember;
import org.amparo.facts.UFacts;
import org.amparo.facts.UFacts.DirectVictimStatus;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * Victim categories of 8 CFR 214.14(a)(14) (LEGAL-REFERENCE §2.2): direct, indirect (when the direct victim died
 * of murder or manslaughter or is incompetent or incapacitated) and bystander. Element id {@code u.victim_category}.
 */
final class UVictimCategory {

    static final String ID = "u.victim_category";
    static final String CITATION = "8 CFR 214.14(a)(14) (paragraph numbering UNVERIFIED)";

    private UVictimCategory() {
    }

    static UtFinding evaluate(FactsDocument facts) {
        UFacts u = facts.u();
        if (u.victimRole() == null) {
            return UtFinding.of(ID, ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Whether she is a direct, indirect or bystander victim is not recorded.", CITATION)
                    .missing("$.u.victim_role");
        }
        return switch (u.victimRole()) {
            case direct -> UtFinding.of(ID, ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "She is the direct victim of the crime.", CITATION);
            case bystander -> UtFinding.of(ID, ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO,
                    "Bystander victims qualify only in unusual cases of severe harm: attorney review.", CITATION)
                    .flag(ReliefResult.FLAG_ATTORNEY_REVIEW);
            case indirect -> indirect(facts, u);
        };
    }

    private static UtFinding indirect(FactsDocument facts, UFacts u) {
        DirectVictimStatus status = u.directVictimStatus();
        if (status == null) {
            return UtFinding.of(ID, ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Indirect victim: whether the direct victim died of murder or manslaughter or is incompetent or"
                            + " incapacitated is not recorded.", CITATION).missing("$.u.direct_victim_status");
        }
        if (status == DirectVictimStatus.alive) {
            return UtFinding.of(ID, ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                    "Indirect victims qualify only when the direct victim died of murder or manslaughter or is"
                            + " incompetent or incapacitated; the direct victim is alive and competent.", CITATION);
        }
        String relation = u.relationshipToDirectVictim();
        if (relation == null) {
            return UtFinding.of(ID, ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Indirect victim: her relationship to the direct victim is not recorded.", CITATION)
                    .missing("$.u.relationship_to_direct_victim");
        }
        return switch (relation.trim().toLowerCase(Locale.ROOT)) {
            case "spouse" -> UtFinding.of(ID, ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "Indirect victim: spouse of a direct victim who " + statusText(status) + ".", CITATION);
            case "child" -> ownAgeRule(facts, u, 21, "child under 21", false);
            case "parent" -> directVictimUnder21(facts, u, false);
            case "sibling" -> directVictimUnder21(facts, u, true);
            default -> UtFinding.of(ID, ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                    "Indirect victims are the direct victim's spouse, children under 21 and, when the direct victim"
                            + " was under 21, parents and unmarried siblings under 18; '" + relation
                            + "' is none of these.", CITATION);
        };
    }

    private static UtFinding directVictimUnder21(FactsDocument facts, UFacts u, boolean sibling) {
        Integer age = u.directVictimAgeAtCrime();
        if (age == null) {
            return UtFinding.of(ID, ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Parents and siblings are indirect victims only if the direct victim was under 21; that age is"
                            + " not recorded.", CITATION).missing("$.u.direct_victim_age_at_crime");
        }
        if (age >= 21) {
            return UtFinding.of(ID, ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                    "Parents and siblings are indirect victims only if the direct victim was under 21; the direct"
                            + " victim was " + age + ".", CITATION);
        }
        if (!sibling) {
            return UtFinding.of(ID, ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "Indirect victim: parent of a direct victim who was " + age + " and " + statusText(u
                            .directVictimStatus()) + ".", CITATION);
        }
        return ownAgeRule(facts, u, 18, "unmarried sibling under 18 of a direct victim aged " + age, true);
    }

    private static UtFinding ownAgeRule(FactsDocument facts, UFacts u, int limit, String label, boolean unmarried) {
        LocalDate dob = facts.person() == null ? null : facts.person().dob();
        LocalDate crimeDate = firstCrimeDate(u);
        if (dob == null || crimeDate == null) {
            return UtFinding.of(ID, ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Indirect victim as " + label + ": her date of birth and the crime date are needed.", CITATION)
                    .missing(dob == null ? "$.person.dob" : "$.u.crimes[0].date");
        }
        String when = " UNVERIFIED rule: the reference does not say when her own age is measured; the engine uses"
                + " the crime date (" + crimeDate + ").";
        if (!LegalDates.under(dob, limit, crimeDate)) {
            return UtFinding.of(ID, ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                    "Indirect victim as " + label + ": she was " + LegalDates.ageOn(dob, crimeDate) + "." + when,
                    CITATION).flag(ReliefResult.FLAG_UNVERIFIED, ReliefResult.FLAG_ATTORNEY_REVIEW);
        }
        if (unmarried && hasSpouse(facts)) {
            return UtFinding.of(ID, ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                    "Indirect victim as " + label + ": a spouse is listed, so she is not unmarried.", CITATION);
        }
        return UtFinding.of(ID, ElementOutcome.MET, ReliefOutcome.LIKELY_ELIGIBLE,
                "Indirect victim as " + label + " (direct victim " + statusText(u.directVictimStatus()) + ")."
                        + when, CITATION).flag(ReliefResult.FLAG_UNVERIFIED);
    }

    private static boolean hasSpouse(FactsDocument facts) {
        List<FamilyMember> members = facts.familyMembers();
        if (members == null) {
            return false;
        }
        for (FamilyMember m : members) {
            if (m != null && m.relationship() == FamilyMember.Relationship.spouse) {
                return true;
            }
        }
        return false;
    }

    static LocalDate firstCrimeDate(UFacts u) {
        if (u.crimes() == null) {
            return null;
        }
        LocalDate first = null;
        for (UFacts.Crime crime : u.crimes()) {
            LocalDate date = crime.date();
            if (date != null && (first == null || date.isBefore(first))) {
                first = date;
            }
        }
        return first;
    }

    private static String statusText(DirectVictimStatus status) {
        return status == DirectVictimStatus.deceased_murder_manslaughter
                ? "died of murder or manslaughter" : "is incompetent or incapacitated";
    }
}
