package org.amparo.screening.relief;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amparo.facts.UFacts;
import org.amparo.facts.UFacts.Crime;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/** The U qualifying-criminal-activity list (LEGAL-REFERENCE §2.1, rule {@code u.qca}) and the U.S. nexus. */
final class QualifyingCrimes {

    static final String QCA_CITATION = "INA 101(a)(15)(U)(iii); 8 CFR 214.14(a)(9)";
    static final String NEXUS_CITATION = "INA 101(a)(15)(U)(i)(IV); 8 CFR 214.14(b)(4)";

    /** Listed crimes whose statutory basis (VAWA 2013 additions) the reference could not confirm. */
    static final Set<String> UNVERIFIED_ADDITIONS = Set.of("stalking", "fraud_in_foreign_labor_contracting");

    static final Set<String> LISTED = Set.of(
            "abduction", "abusive_sexual_contact", "blackmail", "domestic_violence", "extortion",
            "false_imprisonment", "felonious_assault", "female_genital_mutilation",
            "fraud_in_foreign_labor_contracting", "hostage", "incest", "involuntary_servitude", "kidnapping",
            "manslaughter", "murder", "obstruction_of_justice", "peonage", "perjury", "prostitution", "rape",
            "sexual_assault", "sexual_exploitation", "slave_trade", "stalking", "torture", "trafficking",
            "unlawful_criminal_restraint", "witness_tampering");

    static final String SIMILAR = "similar_activity";

    private QualifyingCrimes() {
    }

    /** Indexes (into {@code u.crimes}) of crimes that are listed or possibly similar. */
    static List<Integer> candidates(UFacts u) {
        List<Integer> out = new ArrayList<>();
        List<Crime> crimes = u.crimes();
        for (int i = 0; crimes != null && i < crimes.size(); i++) {
            String type = crimes.get(i).crimeType();
            if (LISTED.contains(type) || SIMILAR.equals(type)) {
                out.add(i);
            }
        }
        return out;
    }

    static UtFinding evaluate(UFacts u) {
        List<Crime> crimes = u.crimes();
        if (crimes == null) {
            return UtFinding.of("u.qca", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "No crimes recorded: which crime she suffered decides whether it is qualifying criminal activity.",
                    QCA_CITATION).missing("$.u.crimes");
        }
        List<String> listed = new ArrayList<>();
        boolean similar = false;
        boolean unverified = false;
        for (Crime crime : crimes) {
            if (LISTED.contains(crime.crimeType())) {
                listed.add(describe(crime));
                unverified |= UNVERIFIED_ADDITIONS.contains(crime.crimeType());
            } else if (SIMILAR.equals(crime.crimeType())) {
                similar = true;
            }
        }
        if (!listed.isEmpty()) {
            return listedFinding(listed, unverified && listed.stream().allMatch(QualifyingCrimes::isAddition));
        }
        if (similar) {
            return UtFinding.of("u.qca", ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO,
                    "Only 'similar activity' is recorded: an attorney must compare the offense's nature and elements"
                            + " with a listed crime (8 CFR 214.14(a)(9)).", QCA_CITATION)
                    .flag(ReliefResult.FLAG_ATTORNEY_REVIEW);
        }
        return UtFinding.of("u.qca", ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                crimes.isEmpty() ? "No crime is recorded, so there is no qualifying criminal activity."
                        : "None of the recorded crimes is on the qualifying list (e.g. robbery, burglary, theft and"
                        + " DUI are not, unless the facts fit a listed or similar crime).", QCA_CITATION);
    }

    private static boolean isAddition(String description) {
        return UNVERIFIED_ADDITIONS.stream().anyMatch(description::startsWith);
    }

    private static UtFinding listedFinding(List<String> listed, boolean onlyUnverified) {
        String reason = "Qualifying criminal activity: " + String.join(", ", listed) + ".";
        if (!onlyUnverified) {
            return UtFinding.of("u.qca", ElementOutcome.MET, ReliefOutcome.ELIGIBLE, reason, QCA_CITATION);
        }
        return UtFinding.of("u.qca", ElementOutcome.MET, ReliefOutcome.LIKELY_ELIGIBLE, reason
                        + " UNVERIFIED rule: stalking and fraud in foreign labor contracting were added in 2013;"
                        + " the reference could not confirm that against the public law (the current I-918 list"
                        + " includes them).", QCA_CITATION)
                .flag(ReliefResult.FLAG_UNVERIFIED);
    }

    private static String describe(Crime crime) {
        List<UFacts.Modifier> modifiers = crime.modifiers();
        if (modifiers == null || modifiers.isEmpty()) {
            return crime.crimeType();
        }
        return crime.crimeType() + " (" + String.join(", ", modifiers.stream().map(Enum::name).toList())
                + ": attempt, conspiracy and solicitation also qualify)";
    }

    /** {@code u.el4_us_nexus}: at least one candidate crime occurred in the U.S. or violated U.S. law. */
    static UtFinding nexus(UFacts u) {
        List<Integer> indexes = candidates(u);
        if (indexes.isEmpty()) {
            return UtFinding.of("u.el4_us_nexus", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "No qualifying crime is recorded, so the U.S. nexus cannot be checked.", NEXUS_CITATION);
        }
        List<String> unknown = new ArrayList<>();
        for (int i : indexes) {
            Crime crime = u.crimes().get(i);
            if (Boolean.TRUE.equals(crime.locationUs())) {
                return UtFinding.of("u.el4_us_nexus", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                        crime.crimeType() + " occurred in the United States.", NEXUS_CITATION);
            }
            if (Boolean.TRUE.equals(crime.violatedUsExtraterritorialLaw())) {
                return UtFinding.of("u.el4_us_nexus", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                        crime.crimeType() + " happened abroad but violated a U.S. law with extraterritorial reach.",
                        NEXUS_CITATION);
            }
            if (crime.locationUs() == null) {
                unknown.add("$.u.crimes[" + i + "].location_us");
            }
            if (crime.violatedUsExtraterritorialLaw() == null) {
                unknown.add("$.u.crimes[" + i + "].violated_us_extraterritorial_law");
            }
        }
        if (!unknown.isEmpty()) {
            return UtFinding.of("u.el4_us_nexus", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Where the crime happened, or whether it violated U.S. law, is not recorded.", NEXUS_CITATION)
                    .missing(unknown.toArray(String[]::new));
        }
        return UtFinding.of("u.el4_us_nexus", ElementOutcome.NOT_MET, ReliefOutcome.NOT_ELIGIBLE,
                "Every qualifying crime happened wholly abroad and violated no U.S. law with extraterritorial reach.",
                NEXUS_CITATION);
    }
}
