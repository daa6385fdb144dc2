package org.amparo.screening.relief;

import static org.amparo.screening.ReliefResult.ElementOutcome.MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.NEEDS_REVIEW;
import static org.amparo.screening.ReliefResult.ElementOutcome.NOT_MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.UNKNOWN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;
import org.amparo.facts.Criminal;
import org.amparo.facts.Criminal.Conviction;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.VawaFacts;

/**
 * Abuse and good-moral-character checks shared by the VAWA self-petition and VAWA cancellation screeners
 * (LEGAL-REFERENCE §4.1 {@code vawa.abuse}, {@code vawa.gmc}; §4.3).
 */
final class VawaConductRules {

    static final String GMC_CITATION =
            "INA 204(a)(1)(C); 8 CFR 204.2(c)(2)(v) (paragraph UNVERIFIED); USCIS PA-2022-09 (Da Silva)";

    private VawaConductRules() {
    }

    /** Battery or extreme cruelty by the abuser during the qualifying relationship. */
    static void abuse(ElementLedger ledger, VawaFacts vawa, String id, String citation) {
        if (vawa.abuseType() == null) {
            ledger.add(id, UNKNOWN, "The kind of abuse (battery or extreme cruelty) is not recorded.", citation)
                    .missing("$.vawa.abuse_type");
        } else if (vawa.abuseType().isEmpty()) {
            ledger.add(id, NOT_MET, "No battery or extreme cruelty is recorded.", citation);
        } else if (vawa.abuseDuringRelationship() == null) {
            ledger.add(id, UNKNOWN, "It is not recorded whether the abuse happened during the qualifying"
                    + " relationship.", citation).missing("$.vawa.abuse_during_relationship");
        } else if (!vawa.abuseDuringRelationship()) {
            ledger.add(id, NOT_MET, "The abuse did not happen during the qualifying relationship.", citation);
        } else {
            StringJoiner kinds = new StringJoiner(" and ");
            for (Enum<?> type : vawa.abuseType()) {
                kinds.add(type.name().replace('_', ' '));
            }
            ledger.add(id, MET, "Subjected to " + kinds + " during the relationship.", citation);
        }
    }

    /**
     * Good moral character. An aggravated felony is a permanent bar even when connected to the abuse; other
     * convictions and listed issues need attorney review (acts connected to the abuse may be excused under
     * INA 204(a)(1)(C) if waivable). Unknown criminal history or issues leave the element UNKNOWN.
     */
    static void goodMoralCharacter(ElementLedger ledger, FactsDocument facts, String id) {
        ledger.unverified();
        String lookBack = " The regulation looks at the 3 years before filing (paragraph UNVERIFIED); every"
                + " recorded conviction is shown here.";
        List<Conviction> convictions = activeConvictions(facts.criminal());
        List<String> issues = facts.vawa() == null ? null : facts.vawa().gmcIssues();
        Conviction aggravated = firstAggravatedFelony(convictions);
        if (aggravated != null) {
            ledger.add(id, NOT_MET, "Aggravated felony conviction (" + label(aggravated) + "): a permanent bar that"
                    + " a connection to the abuse does not excuse." + lookBack, GMC_CITATION).attorneyReview();
            return;
        }
        List<String> concerns = concerns(convictions, issues);
        if (convictions == null) {
            ledger.add(id, UNKNOWN, "Criminal history is not recorded." + listed(concerns) + lookBack, GMC_CITATION)
                    .missing("$.criminal.conviction_offenses");
        } else if (issues == null) {
            ledger.add(id, UNKNOWN, "Good-moral-character issues are not recorded (an empty list means none)."
                    + listed(concerns) + lookBack, GMC_CITATION).missing("$.vawa.gmc_issues");
        } else if (!concerns.isEmpty()) {
            ledger.add(id, NEEDS_REVIEW, "An attorney must weigh: " + String.join("; ", concerns) + "."
                    + lookBack, GMC_CITATION).attorneyReview();
        } else {
            ledger.add(id, MET, "No convictions and no good-moral-character issues are recorded (UNVERIFIED"
                    + " look-back paragraph).", GMC_CITATION);
        }
    }

    private static List<String> concerns(List<Conviction> convictions, List<String> issues) {
        List<String> concerns = new ArrayList<>();
        if (convictions != null) {
            for (Conviction c : convictions) {
                concerns.add(describe(c));
            }
        }
        if (issues != null) {
            issues.forEach(issue -> concerns.add("issue: " + issue));
        }
        return concerns;
    }

    private static String describe(Conviction c) {
        String aggravated = c.aggravatedFelony() == Criminal.Tristate.unknown || c.aggravatedFelony() == null
                ? ", aggravated-felony question open" : "";
        if (Boolean.TRUE.equals(c.connectedToAbuse())) {
            return label(c) + " (connected to the abuse: may be excused under INA 204(a)(1)(C) if waivable"
                    + aggravated + ")";
        }
        return label(c) + " (not shown to be connected to the abuse" + aggravated + ")";
    }

    private static String listed(List<String> concerns) {
        return concerns.isEmpty() ? "" : " Already known: " + String.join("; ", concerns) + ".";
    }

    /** Convictions that still count (vacated or expunged ones are left out); null when criminal history is unknown. */
    static List<Conviction> activeConvictions(Criminal criminal) {
        if (criminal == null || criminal.convictionOffenses() == null) {
            return null;
        }
        List<Conviction> active = new ArrayList<>(criminal.convictionOffenses().size());
        for (Conviction c : criminal.convictionOffenses()) {
            if (!Boolean.TRUE.equals(c.vacatedOrExpunged())) {
                active.add(c);
            }
        }
        return Collections.unmodifiableList(active);
    }

    private static Conviction firstAggravatedFelony(List<Conviction> convictions) {
        if (convictions != null) {
            for (Conviction c : convictions) {
                if (c.aggravatedFelony() == Criminal.Tristate.yes) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String label(Conviction c) {
        String name = c.offenseLabel() != null ? c.offenseLabel() : "unnamed offense";
        return c.convictionDate() != null ? name + ", " + c.convictionDate() : name;
    }
}
