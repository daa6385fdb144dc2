package org.amparo.screening.relief;

import org.amparo.deadlines.LegalDates;
import static org.amparo.screening.ReliefResult.ElementOutcome.MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.NEEDS_REVIEW;
import static org.amparo.screening.ReliefResult.ElementOutcome.NOT_MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.UNKNOWN;

import java.time.LocalDate;
import org.amparo.facts.Asylum;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.Relief;

/**
 * Screens the asylum <b>one-year filing deadline</b> ({@code dl.asylum_1y}, LEGAL-REFERENCE §7), not the merits:
 * whether she fears persecution on a protected ground is left to an attorney and always reported as the
 * {@code asylum.merits} element with {@code NEEDS_REVIEW}. The last day is the first anniversary of the last arrival
 * ({@code asylum.last_arrival_date}, or {@code immigration.last_entry_date} when that is all the facts give).
 * Unaccompanied children are exempt. A late filing can still be accepted for changed or extraordinary
 * circumstances if she files within a reasonable period (no automatic extra year).
 *
 * <p>Outcome rule: {@code NOT_APPLICABLE} without an {@code asylum} section, or when she does not intend to apply
 * and has not filed; otherwise {@code NOT_ELIGIBLE} when the deadline passed with no exception (withholding of
 * removal and CAT remain open: the reason says so), {@code NEEDS_MORE_INFO} when the arrival date or an exception
 * is unknown, and {@code LIKELY_ELIGIBLE} when the deadline is met or an exception may apply. Never
 * {@code ELIGIBLE}, because the merits are not screened.
 */
public final class AsylumScreener implements ReliefScreener {

    private static final String ID = "dl.asylum_1y";
    private static final String CITATION = "INA 208(a)(2)(B), (D), (E); 8 CFR 208.4(a)";

    /** Creates the screener; it holds no state. */
    public AsylumScreener() {
        // stateless
    }

    @Override
    public Relief relief() {
        return Relief.asylum;
    }

    @Override
    public ReliefResult screen(FactsDocument facts, LocalDate asOf) {
        Asylum asylum = facts.asylum();
        if (asylum == null || (Boolean.FALSE.equals(asylum.intendsToApply()) && asylum.filedDate() == null)) {
            return ElementLedger.notApplicable(relief());
        }
        ElementLedger ledger = new ElementLedger().attorneyReview();
        deadline(ledger, asylum, facts.immigration(), asOf);
        ledger.add("asylum.merits", NEEDS_REVIEW, "Amparo screens only the one-year deadline, not the merits of an"
                + " asylum claim (persecution on a protected ground): an attorney must assess them.",
                "INA 208(b)(1)");
        return ledger.result(relief(), ledger.standardOutcome());
    }

    private static void deadline(ElementLedger ledger, Asylum asylum, Immigration immigration, LocalDate asOf) {
        if (immigration != null && Boolean.TRUE.equals(immigration.unaccompaniedChildDesignation())) {
            ledger.add(ID, MET, "Designated an unaccompanied child: exempt from the one-year deadline"
                    + " (TVPRA 2008).", CITATION);
            return;
        }
        LocalDate arrival = asylum.lastArrivalDate();
        String source = "last arrival on " + arrival;
        if (arrival == null && immigration != null && immigration.lastEntryDate() != null) {
            arrival = immigration.lastEntryDate();
            source = "last entry on " + arrival + " (immigration.last_entry_date; no asylum arrival date given)";
        }
        if (arrival == null) {
            ledger.add(ID, UNKNOWN, "The date of her last arrival is not recorded.", CITATION)
                    .missing("$.asylum.last_arrival_date");
            return;
        }
        LocalDate lastDay = LegalDates.asylumLastDay(arrival);
        LocalDate reference = ReliefDates.filingReference(asylum.filedDate(), asOf);
        String timing = " The deadline is " + lastDay + ", one year after her " + source + "; "
                + (asylum.filedDate() != null ? "filed on " + asylum.filedDate() : "not yet filed as of " + asOf)
                + ".";
        if (ReliefDates.onOrBefore(reference, lastDay)) {
            String action = asylum.filedDate() != null ? "Filed in time." : "Still open: file by " + lastDay + ".";
            ledger.add(ID, MET, action + timing, CITATION);
        } else {
            late(ledger, asylum, immigration, timing);
        }
    }

    private static void late(ElementLedger ledger, Asylum asylum, Immigration immigration, String timing) {
        Boolean changed = asylum.changedCircumstances();
        Boolean extraordinary = asylum.extraordinaryCircumstances();
        Boolean unaccompanied = immigration == null ? null : immigration.unaccompaniedChildDesignation();
        if (Boolean.TRUE.equals(changed) || Boolean.TRUE.equals(extraordinary)) {
            String which = Boolean.TRUE.equals(changed) ? "changed circumstances" : "extraordinary circumstances";
            ledger.add(ID, NEEDS_REVIEW, "Past the deadline, but " + which + " may excuse it if she files within a"
                    + " reasonable period after them (no automatic extra year: Matter of T-M-H- & S-W-C-)."
                    + timing, CITATION);
        } else if (changed == null || extraordinary == null || unaccompanied == null) {
            ledger.add(ID, UNKNOWN, "Past the deadline; not recorded whether an exception applies (changed or"
                    + " extraordinary circumstances, unaccompanied child)." + timing, CITATION);
            missingIfNull(ledger, changed, "$.asylum.changed_circumstances");
            missingIfNull(ledger, extraordinary, "$.asylum.extraordinary_circumstances");
            missingIfNull(ledger, unaccompanied, "$.immigration.unaccompanied_child_designation");
        } else {
            ledger.add(ID, NOT_MET, "Past the deadline with no exception: asylum is barred. Withholding of removal"
                    + " and CAT protection have no one-year deadline." + timing, CITATION);
        }
    }

    private static void missingIfNull(ElementLedger ledger, Boolean value, String path) {
        if (value == null) {
            ledger.missing(path);
        }
    }
}
