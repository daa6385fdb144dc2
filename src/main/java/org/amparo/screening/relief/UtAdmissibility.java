package org.amparo.screening.relief;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amparo.facts.Conduct;
import org.amparo.facts.Conduct.UnchargedConduct;
import org.amparo.facts.Criminal;
import org.amparo.facts.Criminal.Conviction;
import org.amparo.facts.Criminal.Tag;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * Inadmissibility grounds a U or T petitioner typically needs waived on Form I-192 (LEGAL-REFERENCE §2.4, §3.2
 * {@code t.el5_admissible}), found from entry, removal, criminal and conduct facts.
 */
final class UtAdmissibility {

    static final String EWI = "212(a)(6)(A)(i)";

    /** The grounds found; {@code reviewNotes} explain grounds that need an attorney's judgment. */
    record Grounds(Set<String> grounds, List<String> reviewNotes, List<String> missing, boolean securityFlag) { }

    private UtAdmissibility() {
    }

    static Grounds find(FactsDocument facts) {
        Set<String> grounds = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        immigration(facts.immigration(), grounds, missing);
        criminal(facts.criminal(), grounds, notes, missing);
        boolean security = conduct(facts.conduct(), grounds, notes, missing);
        return new Grounds(grounds, notes, missing, security);
    }

    private static void immigration(Immigration imm, Set<String> grounds, List<String> missing) {
        if (imm == null || imm.entryManner() == null || imm.entryManner() == Immigration.EntryManner.unknown) {
            missing.add("$.immigration.entry_manner");
        } else if (imm.entryManner() == Immigration.EntryManner.EWI) {
            grounds.add(EWI);
        }
        if (imm == null || imm.priorRemovals() == null) {
            missing.add("$.immigration.prior_removals");
            return;
        }
        if (!imm.priorRemovals().isEmpty()) {
            grounds.add("212(a)(9)(A)");
            if (imm.reenteredAfterRemoval() == null) {
                missing.add("$.immigration.reentered_after_removal");
            }
        }
        if (Boolean.TRUE.equals(imm.reenteredAfterRemoval())) {
            grounds.add("212(a)(9)(C)(i)(II)");
        }
    }

    private static void criminal(Criminal criminal, Set<String> grounds, List<String> notes, List<String> missing) {
        if (criminal == null || criminal.convictionOffenses() == null) {
            missing.add("$.criminal.conviction_offenses");
            return;
        }
        for (Conviction c : criminal.convictionOffenses()) {
            String label = c.offenseLabel() == null ? "a conviction" : c.offenseLabel();
            notes.add(label + ": serious or violent crimes get heightened discretionary scrutiny on the waiver"
                    + (Boolean.TRUE.equals(c.vacatedOrExpunged()) ? "; whether the vacatur counts for immigration"
                    + " purposes needs review" : ""));
            List<Tag> tags = c.tags() == null ? List.of() : c.tags();
            if (tags.contains(Tag.prostitution)) {
                grounds.add("212(a)(2)(D)");
            }
            if (tags.contains(Tag.drug_distribution)) {
                grounds.add("212(a)(2)(C)");
            }
            if (tags.contains(Tag.immigration_1325)) {
                grounds.add(EWI);
            }
            if (tags.contains(Tag.immigration_1326)) {
                grounds.add("212(a)(9)(C)(i)(II)");
            }
            if (c.cimt() == Criminal.Tristate.yes) {
                grounds.add("212(a)(2)(A)(i)(I)");
            } else if (c.cimt() != Criminal.Tristate.no && !Boolean.TRUE.equals(c.vacatedOrExpunged())) {
                grounds.add("212(a)(2)");
            }
        }
    }

    private static boolean conduct(Conduct conduct, Set<String> grounds, List<String> notes, List<String> missing) {
        if (conduct == null) {
            missing.add("$.conduct.uncharged_conduct");
            missing.add("$.conduct.fraud_or_misrep_official_matter");
            missing.add("$.conduct.terrorism_espionage_flag");
            return false;
        }
        List<UnchargedConduct> acts = conduct.unchargedConduct();
        if (acts == null) {
            missing.add("$.conduct.uncharged_conduct");
        } else {
            uncharged(acts, grounds, notes);
        }
        if (conduct.fraudOrMisrepOfficialMatter() == null) {
            missing.add("$.conduct.fraud_or_misrep_official_matter");
        } else if (conduct.fraudOrMisrepOfficialMatter()) {
            grounds.add("212(a)(6)(C)(i)");
        }
        if (conduct.gangAllegation() == Conduct.GangAllegation.admitted
                || conduct.gangAllegation() == Conduct.GangAllegation.conviction_element) {
            notes.add("gang involvement: security and criminal grounds need review");
        }
        if (conduct.terrorismEspionageFlag() == null) {
            missing.add("$.conduct.terrorism_espionage_flag");
            return false;
        }
        return conduct.terrorismEspionageFlag();
    }

    private static void uncharged(List<UnchargedConduct> acts, Set<String> grounds, List<String> notes) {
        if (acts.contains(UnchargedConduct.unlawful_entry_8usc1325)) {
            grounds.add(EWI);
        }
        if (acts.contains(UnchargedConduct.reentry_8usc1326)) {
            grounds.add("212(a)(9)(C)(i)(II)");
        }
        if (acts.contains(UnchargedConduct.false_claim_usc)) {
            grounds.add("212(a)(6)(C)(ii)");
        }
        if (acts.contains(UnchargedConduct.false_documents) || acts.contains(UnchargedConduct.false_ssn)) {
            grounds.add("212(a)(6)(C)(i)");
            notes.add("false documents or SSN: misrepresentation applies only if used to obtain an immigration"
                    + " or other benefit");
        }
        if (acts.contains(UnchargedConduct.prostitution)) {
            grounds.add("212(a)(2)(D)");
        }
    }

    /** The {@code *.el5_admissible} element built from the grounds. */
    static UtFinding element(String id, Grounds g, String waiverCite, String waiverRule) {
        if (g.securityFlag()) {
            return UtFinding.of(id, ElementOutcome.NEEDS_REVIEW, ReliefOutcome.NEEDS_MORE_INFO,
                    "A terrorism or espionage concern is recorded: security grounds (INA 212(a)(3)) may be"
                            + " unwaivable. Attorney review.", waiverCite).missing(g.missing().toArray(String[]::new))
                    .flag(ReliefResult.FLAG_ATTORNEY_REVIEW);
        }
        String notes = g.reviewNotes().isEmpty() ? "" : " Review: " + String.join("; ", g.reviewNotes()) + ".";
        if (!g.grounds().isEmpty()) {
            UtFinding f = UtFinding.of(id, ElementOutcome.NEEDS_REVIEW, ReliefOutcome.LIKELY_ELIGIBLE,
                    "Inadmissible under " + String.join(", ", g.grounds()) + ": a Form I-192 waiver is needed. "
                            + waiverRule + notes, waiverCite).missing(g.missing().toArray(String[]::new));
            return f.flag(ReliefResult.FLAG_ATTORNEY_REVIEW);
        }
        if (!g.missing().isEmpty()) {
            return UtFinding.of(id, ElementOutcome.UNKNOWN, ReliefOutcome.LIKELY_ELIGIBLE,
                    "No inadmissibility ground found so far, but some admissibility facts are unknown. " + waiverRule
                            + notes, waiverCite).missing(g.missing().toArray(String[]::new));
        }
        if (!g.reviewNotes().isEmpty()) {
            return UtFinding.of(id, ElementOutcome.NEEDS_REVIEW, ReliefOutcome.LIKELY_ELIGIBLE,
                    "No listed inadmissibility ground found." + notes, waiverCite)
                    .flag(ReliefResult.FLAG_ATTORNEY_REVIEW);
        }
        return UtFinding.of(id, ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                "No inadmissibility ground found in the entry, removal, criminal and conduct facts.", waiverCite);
    }
}
