package org.amparo.screening.enforcement;

import java.util.ArrayList;
import java.util.List;
import org.amparo.facts.Conduct;
import org.amparo.facts.Criminal.Conviction;
import org.amparo.facts.Criminal.PendingCharge;
import org.amparo.facts.Criminal;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration;
import org.amparo.screening.CategoryOutcome;

/** JSON paths of the facts the predicates read, and null-safe access to the sections that hold them. */
final class FactPaths {

    static final String CONVICTIONS = "$.criminal.conviction_offenses";
    static final String PENDING = "$.criminal.pending_charges";
    static final String ENTRY_MANNER = "$.immigration.entry_manner";
    static final String LAST_ENTRY = "$.immigration.last_entry_date";
    static final String PRESENCE_SINCE = "$.immigration.continuous_presence_since";
    static final String CURRENT_STATUS = "$.immigration.current_status";
    static final String APPREHENDED = "$.immigration.apprehended_at_border_or_poe";
    static final String APPREHENSION_DATE = "$.immigration.border_apprehension_date";
    static final String FINAL_ORDER = "$.immigration.has_final_removal_order";
    static final String FINAL_ORDER_DATE = "$.immigration.final_order_date";
    static final String FINAL_ORDER_TYPE = "$.immigration.final_order_type";
    static final String DEPARTED = "$.immigration.departed_after_order";
    static final String PRIOR_REMOVALS = "$.immigration.prior_removals";
    static final String REENTERED = "$.immigration.reentered_after_removal";
    static final String UNCHARGED = "$.conduct.uncharged_conduct";
    static final String FRAUD = "$.conduct.fraud_or_misrep_official_matter";
    static final String FRAUD_DETAILS = "$.conduct.fraud_details";
    static final String BENEFITS_ABUSE = "$.conduct.public_benefits_abuse";
    static final String GANG = "$.conduct.gang_allegation";
    static final String GANG_AGE = "$.conduct.age_at_gang_activity";
    static final String TERRORISM = "$.conduct.terrorism_espionage_flag";
    static final String VISA_ABUSE = "$.conduct.visa_program_abuse_finding";
    static final String VOLUNTARY_RETURNS = "$.conduct.voluntary_returns";
    static final String COURT_EVENTS = "$.court_events";

    /** One conviction with its position in the document; its label and path prefix are built once. */
    static final class Conv {

        private final int index;
        private final Conviction c;
        private String prefix;
        private String label;

        Conv(int index, Conviction c) {
            this.index = index;
            this.c = c;
        }

        int index() {
            return index;
        }

        Conviction c() {
            return c;
        }

        String path(String field) {
            if (prefix == null) {
                prefix = CONVICTIONS + "[" + index + "].";
            }
            return prefix + field;
        }

        String label() {
            if (label == null) {
                String name = c.offenseLabel() != null ? c.offenseLabel() : "unnamed offense";
                String date = c.convictionDate() != null ? ", " + c.convictionDate() : "";
                label = "conviction " + (index + 1) + " (" + name + date + ")";
            }
            return label;
        }

        boolean vacated() {
            return Boolean.TRUE.equals(c.vacatedOrExpunged());
        }

        boolean hasTag(Criminal.Tag tag) {
            return c.tags() != null && c.tags().contains(tag);
        }
    }

    /** One pending charge with its position in the document; its label is built once. */
    static final class Charge {

        private final int index;
        private final PendingCharge c;
        private String label;

        Charge(int index, PendingCharge c) {
            this.index = index;
            this.c = c;
        }

        PendingCharge c() {
            return c;
        }

        String path(String field) {
            return PENDING + "[" + index + "]." + field;
        }

        String label() {
            if (label == null) {
                label = "pending charge " + (index + 1) + " (" + (c.offenseLabel() != null ? c.offenseLabel()
                        : "unnamed offense") + ")";
            }
            return label;
        }
    }

    private FactPaths() {
    }

    static Immigration immigration(FactsDocument f) {
        return f.immigration() != null ? f.immigration() : new Immigration(null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    static Conduct conduct(FactsDocument f) {
        return f.conduct() != null ? f.conduct() : new Conduct(null, null, null, null, null, null, null, null, null);
    }

    /** True when the (known) uncharged-conduct list contains {@code value}. */
    static boolean hasConduct(FactsDocument f, Conduct.UnchargedConduct value) {
        List<Conduct.UnchargedConduct> list = conduct(f).unchargedConduct();
        return list != null && list.contains(value);
    }

    /** The convictions, or {@code null} when the criminal history is unknown. */
    static List<Conv> convictions(FactsDocument f) {
        if (f.criminal() == null || f.criminal().convictionOffenses() == null) {
            return null;
        }
        List<Conv> out = new ArrayList<>();
        List<Conviction> list = f.criminal().convictionOffenses();
        for (int i = 0; i < list.size(); i++) {
            out.add(new Conv(i, list.get(i)));
        }
        return out;
    }

    /** The pending charges, or {@code null} when unknown. */
    static List<Charge> pendingCharges(FactsDocument f) {
        if (f.criminal() == null || f.criminal().pendingCharges() == null) {
            return null;
        }
        List<Charge> out = new ArrayList<>();
        List<PendingCharge> list = f.criminal().pendingCharges();
        for (int i = 0; i < list.size(); i++) {
            out.add(new Charge(i, list.get(i)));
        }
        return out;
    }

    /**
     * Adds a conviction that meets the category at {@code level}, applying the vacatur rule: a vacated or expunged
     * conviction needs review (its immigration effect depends on the reason for vacatur); when vacatur is unknown,
     * a MATCH is lowered to LIKELY_MATCH and the vacatur field is named as missing.
     */
    static void qualify(Finding finding, Conv conv, CategoryOutcome level, String why, String... paths) {
        finding.read(paths);
        String vacatedPath = conv.path("vacated_or_expunged");
        if (conv.vacated()) {
            finding.review(conv.label() + ": " + why + ", but it was vacated or expunged; its immigration effect"
                    + " depends on the reason for the vacatur", vacatedPath);
        } else if (conv.c().vacatedOrExpunged() == null && level == CategoryOutcome.MATCH) {
            finding.missing(vacatedPath).raise(CategoryOutcome.LIKELY_MATCH, conv.label() + ": " + why
                    + " (not known whether it was later vacated or expunged)", vacatedPath);
        } else {
            finding.raise(level, conv.label() + ": " + why, vacatedPath);
        }
    }
}
