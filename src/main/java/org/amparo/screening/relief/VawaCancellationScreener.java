package org.amparo.screening.relief;

import static org.amparo.screening.ReliefResult.ElementOutcome.MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.NEEDS_REVIEW;
import static org.amparo.screening.ReliefResult.ElementOutcome.NOT_MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.UNKNOWN;

import java.time.LocalDate;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration;
import org.amparo.facts.VawaFacts;
import org.amparo.facts.VawaFacts.AbuserRelationship;
import org.amparo.facts.VawaFacts.AbuserStatus;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.Relief;

/**
 * Screens VAWA cancellation of removal (INA 240A(b)(2)), LEGAL-REFERENCE §4.3, as a review flag for an attorney:
 * the statute's wording is UNVERIFIED in the reference, so every result carries
 * {@link ReliefResult#FLAG_ATTORNEY_REVIEW} and {@link ReliefResult#FLAG_UNVERIFIED}. Elements:
 * {@code vawa.cancel} (always {@code NEEDS_REVIEW}: extreme hardship, the 212(a)(2)/(a)(3) and 237 bars, the annual
 * cap), {@code vawa.cancel.proceedings}, {@code vawa.cancel.abuser}, {@code vawa.cancel.abuse},
 * {@code vawa.cancel.presence_3y} and {@code vawa.cancel.gmc}.
 *
 * <p>Outcome rule: {@code NOT_APPLICABLE} when the facts have no {@code vawa} section; otherwise any
 * {@code NOT_MET} gives {@code NOT_ELIGIBLE} (e.g. not in removal proceedings), else any {@code UNKNOWN} gives
 * {@code NEEDS_MORE_INFO}, else {@code LIKELY_ELIGIBLE}. It is never {@code ELIGIBLE}: hardship and the bars are
 * judged by an attorney.
 */
public final class VawaCancellationScreener implements ReliefScreener {

    private static final String CITATION = "INA 240A(b)(2) (wording UNVERIFIED)";

    /** Creates the screener; it holds no state. */
    public VawaCancellationScreener() {
        // stateless
    }

    @Override
    public Relief relief() {
        return Relief.vawa_cancellation;
    }

    @Override
    public ReliefResult screen(FactsDocument facts, LocalDate asOf) {
        if (facts.vawa() == null) {
            return ElementLedger.notApplicable(relief());
        }
        ElementLedger ledger = new ElementLedger().attorneyReview().unverified();
        ledger.add("vawa.cancel", NEEDS_REVIEW, "VAWA cancellation is decided by an immigration judge: an attorney"
                + " must weigh extreme hardship to her, her child or her parent, the 212(a)(2)/(a)(3) and"
                + " 237(a)(1)(G), (a)(2)-(a)(4) bars, and the annual cap (statute wording UNVERIFIED).", CITATION);
        proceedings(ledger, facts.immigration());
        abuser(ledger, facts.vawa());
        VawaConductRules.abuse(ledger, facts.vawa(), "vawa.cancel.abuse", CITATION);
        presence(ledger, facts.immigration(), asOf);
        VawaConductRules.goodMoralCharacter(ledger, facts, "vawa.cancel.gmc");
        return ledger.result(relief(), ledger.standardOutcome());
    }

    private static void proceedings(ElementLedger ledger, Immigration immigration) {
        String id = "vawa.cancel.proceedings";
        Boolean pending = immigration == null ? null : immigration.removalProceedingsPending();
        if (pending == null) {
            ledger.add(id, UNKNOWN, "Not recorded whether she is in removal proceedings.", CITATION)
                    .missing("$.immigration.removal_proceedings_pending");
        } else if (!pending) {
            ledger.add(id, NOT_MET, "Not in removal proceedings: VAWA cancellation is available only before an"
                    + " immigration judge. Screen again if a Notice to Appear is issued.", CITATION);
        } else {
            ledger.add(id, MET, "In removal proceedings.", CITATION);
        }
    }

    private static void abuser(ElementLedger ledger, VawaFacts v) {
        String id = "vawa.cancel.abuser";
        AbuserRelationship rel = v.abuserRelationship();
        AbuserStatus status = v.abuserStatus();
        if (rel == null || status == null || status == AbuserStatus.unknown) {
            ledger.add(id, UNKNOWN, "The abuser's relationship to her or immigration status is not recorded.",
                    CITATION);
            ledger.missing(rel == null ? "$.vawa.abuser_relationship" : "$.vawa.abuser_status");
        } else if (rel == AbuserRelationship.son_daughter) {
            ledger.add(id, NOT_MET, "The abuser must be a spouse or parent (or the parent of her abused child);"
                    + " a son or daughter does not qualify.", CITATION);
        } else if (status == AbuserStatus.none && v.abuserStatusLossDate() == null) {
            ledger.add(id, NOT_MET, "The abuser is not and was not a U.S. citizen or LPR.", CITATION);
        } else {
            ledger.add(id, MET, "The abuser, her " + rel.name().replace('_', ' ')
                    + ", is or was a U.S. citizen or LPR.", CITATION);
        }
    }

    private static void presence(ElementLedger ledger, Immigration immigration, LocalDate asOf) {
        String id = "vawa.cancel.presence_3y";
        LocalDate since = immigration == null ? null : immigration.continuousPresenceSince();
        if (since == null) {
            ledger.add(id, UNKNOWN, "The start of her continuous physical presence is not recorded.", CITATION)
                    .missing("$.immigration.continuous_presence_since");
            return;
        }
        LocalDate threeYears = since.plusYears(3);
        if (ReliefDates.onOrBefore(threeYears, asOf)) {
            ledger.add(id, MET, "Continuously present since " + since + ": 3 years reached on " + threeYears + ".",
                    CITATION);
        } else {
            ledger.add(id, NOT_MET, "Continuously present since " + since + ": 3 years are reached only on "
                    + threeYears + ".", CITATION);
        }
    }
}
