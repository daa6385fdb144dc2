package org.amparo.screening.relief;

import org.amparo.deadlines.LegalDates;
import static org.amparo.screening.ReliefResult.ElementOutcome.MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.NEEDS_REVIEW;
import static org.amparo.screening.ReliefResult.ElementOutcome.NOT_MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.UNKNOWN;

import java.time.LocalDate;
import java.util.List;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FamilyMember;
import org.amparo.facts.Sijs;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.Relief;

/**
 * Screens Special Immigrant Juvenile status (LEGAL-REFERENCE §7 {@code dl.sijs_21}): under 21 when the I-360 is
 * filed ({@code dl.sijs_21}; last day = the day before the 21st birthday, conservative), unmarried
 * ({@code sijs.unmarried}; the facts have no field for her own marital status, so this is {@code NEEDS_REVIEW}
 * unless a listed spouse shows she is married), and a state juvenile-court order obtained first
 * ({@code sijs.state_court_order}). The court's findings themselves are not screened.
 *
 * <p>Outcome rule: {@code NOT_APPLICABLE} without a {@code sijs} section; otherwise any {@code NOT_MET} gives
 * {@code NOT_ELIGIBLE}, else any {@code UNKNOWN} gives {@code NEEDS_MORE_INFO}, else {@code LIKELY_ELIGIBLE}.
 * Never {@code ELIGIBLE}: her marital status must be confirmed by a person.
 */
public final class SijsScreener implements ReliefScreener {

    private static final String CITATION = "INA 101(a)(27)(J); 8 CFR 204.11 (paragraph UNVERIFIED); TVPRA 2008"
            + " §235(d)(6)";

    /** Creates the screener; it holds no state. */
    public SijsScreener() {
        // stateless
    }

    @Override
    public Relief relief() {
        return Relief.sijs;
    }

    @Override
    public ReliefResult screen(FactsDocument facts, LocalDate asOf) {
        Sijs sijs = facts.sijs();
        if (sijs == null) {
            return ElementLedger.notApplicable(relief());
        }
        ElementLedger ledger = new ElementLedger();
        LocalDate reference = ReliefDates.filingReference(sijs.i360FiledDate(), asOf);
        String filing = sijs.i360FiledDate() != null ? "I-360 filed on " + sijs.i360FiledDate()
                : "I-360 not yet filed as of " + asOf;
        age(ledger, facts.person() == null ? null : facts.person().dob(), reference, sijs.i360FiledDate() != null,
                filing);
        unmarried(ledger, facts.familyMembers());
        courtOrder(ledger, sijs);
        return ledger.result(relief(), ledger.standardOutcome());
    }

    private static void age(ElementLedger ledger, LocalDate dob, LocalDate reference, boolean filed,
                            String filing) {
        String id = "dl.sijs_21";
        if (dob == null) {
            ledger.add(id, UNKNOWN, "Her date of birth is not recorded.", CITATION).missing("$.person.dob");
            return;
        }
        LocalDate lastDay = LegalDates.dayBeforeBirthday(dob, 21);
        String timing = " Last day: " + lastDay + " (the day before her 21st birthday); " + filing + ".";
        if (!ReliefDates.onOrBefore(reference, lastDay)) {
            ledger.add(id, NOT_MET, "21 or older at filing: too late for SIJS." + timing, CITATION);
        } else if (filed) {
            ledger.add(id, MET, "Under 21 at filing; filing before 21 protects her against aging out." + timing,
                    CITATION);
        } else {
            ledger.add(id, MET, "Under 21: file the I-360 by " + lastDay + "." + timing, CITATION);
        }
    }

    private static void unmarried(ElementLedger ledger, List<FamilyMember> family) {
        String id = "sijs.unmarried";
        boolean spouseListed = false;
        for (FamilyMember m : family == null ? List.<FamilyMember>of() : family) {
            spouseListed |= m.relationship() == FamilyMember.Relationship.spouse
                    && m.maritalStatus() != FamilyMember.MaritalStatus.divorced
                    && m.maritalStatus() != FamilyMember.MaritalStatus.widowed;
        }
        if (spouseListed) {
            ledger.add(id, NOT_MET, "A spouse is listed among her family members: SIJS requires her to be"
                    + " unmarried at filing.", CITATION);
        } else {
            ledger.add(id, NEEDS_REVIEW, "SIJS requires her to be unmarried at filing; the facts do not record her"
                    + " own marital status: confirm it.", CITATION);
        }
    }

    private static void courtOrder(ElementLedger ledger, Sijs sijs) {
        String id = "sijs.state_court_order";
        LocalDate order = sijs.stateCourtOrderDate();
        if (order == null) {
            ledger.unverified().missing("$.sijs.state_court_order_date");
            ledger.add(id, UNKNOWN, "No state juvenile-court order date is recorded; the order must come before"
                    + " the I-360. The age up to which a state court can act varies by state (UNVERIFIED per"
                    + " state): check it early.", CITATION);
        } else if (sijs.i360FiledDate() != null && order.isAfter(sijs.i360FiledDate())) {
            ledger.add(id, NOT_MET, "The state court order (" + order + ") is dated after the I-360 filing ("
                    + sijs.i360FiledDate() + "); the order must come first.", CITATION);
        } else {
            ledger.add(id, MET, "State juvenile-court order dated " + order + ".", CITATION);
        }
    }
}
