package org.amparo.screening.relief;

import org.amparo.deadlines.LegalDates;
import static org.amparo.screening.ReliefResult.ElementOutcome.MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.NEEDS_REVIEW;
import static org.amparo.screening.ReliefResult.ElementOutcome.NOT_MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.UNKNOWN;

import java.time.LocalDate;
import org.amparo.facts.VawaFacts;
import org.amparo.facts.VawaFacts.AbuserStatus;

/**
 * The VAWA filing windows of LEGAL-REFERENCE §4.2: two years after a divorce, a loss of status or a USC abuser's
 * death ({@code vawa.2y.*}), and filing until 25 for a person abused as a child ({@code vawa.child_to_25}). Every
 * window ends conservatively on the day before the anniversary; filing is judged on {@code vawa.filed_date}, or on
 * the evaluation date when she has not filed yet.
 */
final class VawaWindows {

    static final String TWO_YEAR_CITATION = "INA 204(a)(1)(A)(iii)(II)(aa)(CC), (B)(ii)(II)(aa)(CC)"
            + " (sub-clause lettering UNVERIFIED)";
    static final String CHILD_TO_25_CITATION = "INA 204(a)(1)(D)(v)";
    private static final String UNVERIFIED_NOTE = " Statutory sub-clause citation UNVERIFIED.";

    private VawaWindows() {
    }

    /** Adds every window element the facts call for. */
    static void screen(ElementLedger ledger, VawaCase c) {
        VawaFacts v = c.vawa();
        if (v.abuserStatusLossDate() != null) {
            lostStatus(ledger, c);
        }
        if (v.abuserDeathDate() != null) {
            deathOfCitizen(ledger, c);
        }
        if (c.spouseCase() && (v.divorceDate() != null
                || v.abuserRelationship() == VawaFacts.AbuserRelationship.former_spouse)) {
            divorce(ledger, c);
        }
        if (c.childCase()) {
            childTo25(ledger, c);
        }
    }

    private static void divorce(ElementLedger ledger, VawaCase c) {
        String id = "vawa.2y.divorce";
        ledger.unverified();
        if (c.vawa().divorceDate() == null) {
            ledger.add(id, UNKNOWN, "Former spouse, but the divorce date is not recorded." + UNVERIFIED_NOTE,
                    TWO_YEAR_CITATION).missing("$.vawa.divorce_date");
            return;
        }
        window(ledger, c, id, "the divorce on " + c.vawa().divorceDate(), c.vawa().divorceDate(),
                c.vawa().divorceConnectedToAbuse(), "$.vawa.divorce_connected_to_abuse",
                "the divorce is connected to the battery or extreme cruelty");
    }

    private static void lostStatus(ElementLedger ledger, VawaCase c) {
        ledger.unverified();
        window(ledger, c, "vawa.2y.lost_status", "the abuser's loss of status on " + c.vawa().abuserStatusLossDate(),
                c.vawa().abuserStatusLossDate(), c.vawa().abuserStatusLossRelatedToDv(),
                "$.vawa.abuser_status_loss_related_to_dv", "the loss of status was due to an incident of domestic"
                        + " violence");
    }

    private static void deathOfCitizen(ElementLedger ledger, VawaCase c) {
        String id = "vawa.2y.death_usc";
        ledger.unverified();
        AbuserStatus status = c.vawa().abuserStatus();
        if (!c.spouseCase()) {
            ledger.add(id, NEEDS_REVIEW, "The abuser died on " + c.vawa().abuserDeathDate() + "; the reference"
                    + " gives the two-year death rule only for spouses." + UNVERIFIED_NOTE, TWO_YEAR_CITATION)
                    .attorneyReview();
        } else if (status == null || status == AbuserStatus.unknown) {
            ledger.add(id, UNKNOWN, "The abuser died, but whether the abuser was a U.S. citizen is not recorded."
                    + UNVERIFIED_NOTE, TWO_YEAR_CITATION).missing("$.vawa.abuser_status");
        } else if (status != AbuserStatus.USC) {
            ledger.add(id, NOT_MET, "The abuser was not a U.S. citizen; the two-year rule after death has no"
                    + " parallel for a deceased LPR." + UNVERIFIED_NOTE, TWO_YEAR_CITATION);
        } else {
            window(ledger, c, id, "the U.S. citizen spouse's death on " + c.vawa().abuserDeathDate(),
                    c.vawa().abuserDeathDate(), Boolean.TRUE, null, null);
        }
    }

    /** A two-year window after {@code event}; {@code condition} must also hold (null = unknown). */
    private static void window(ElementLedger ledger, VawaCase c, String id, String what, LocalDate event,
                               Boolean condition, String conditionPath, String conditionWords) {
        LocalDate lastDay = LegalDates.twoYearWindowLastDay(event);
        String timing = " The two-year window after " + what + " ends on " + lastDay
                + " (conservative: the day before the second anniversary); " + c.filingWords() + ".";
        if (!ReliefDates.onOrBefore(c.filingReference(), lastDay)) {
            ledger.add(id, NOT_MET, "Outside the window." + timing + UNVERIFIED_NOTE, TWO_YEAR_CITATION);
        } else if (condition == null) {
            ledger.add(id, UNKNOWN, "Not recorded whether " + conditionWords + "." + timing + UNVERIFIED_NOTE,
                    TWO_YEAR_CITATION).missing(conditionPath);
        } else if (!condition) {
            ledger.add(id, NOT_MET, "Not the case that " + conditionWords + "." + timing + UNVERIFIED_NOTE,
                    TWO_YEAR_CITATION);
        } else {
            String action = c.filed() ? "Filed within the window." : "Window open: file by " + lastDay + ".";
            ledger.add(id, MET, action + timing + UNVERIFIED_NOTE, TWO_YEAR_CITATION);
        }
    }

    private static void childTo25(ElementLedger ledger, VawaCase c) {
        String id = "vawa.child_to_25";
        LocalDate dob = c.dob();
        if (dob == null) {
            ledger.add(id, UNKNOWN, "Her date of birth is not recorded, so her age at filing is unknown.",
                    CHILD_TO_25_CITATION).missing("$.person.dob");
            return;
        }
        LocalDate lastDay = LegalDates.dayBeforeBirthday(dob, 25);
        int age = LegalDates.ageOn(dob, c.filingReference());
        String timing = " Age " + age + ", " + c.filingWords() + "; the age-25 extension ends on " + lastDay
                + " (the day before her 25th birthday).";
        Boolean delay = c.vawa().delayCausedByAbuse();
        if (age < 21) {
            ledger.add(id, MET, "Under 21: she can file as a child; the extension is not needed." + timing,
                    CHILD_TO_25_CITATION);
        } else if (!ReliefDates.onOrBefore(c.filingReference(), lastDay)) {
            ledger.add(id, NOT_MET, "25 or older: too late to self-petition as a child." + timing,
                    CHILD_TO_25_CITATION);
        } else if (delay == null) {
            ledger.add(id, UNKNOWN, "Between 21 and 25: not recorded whether the abuse was at least one central"
                    + " reason for the delay." + timing, CHILD_TO_25_CITATION).missing("$.vawa.delay_caused_by_abuse");
        } else if (!delay) {
            ledger.add(id, NOT_MET, "Between 21 and 25, but the abuse was not a central reason for the delay."
                    + timing, CHILD_TO_25_CITATION);
        } else {
            ledger.add(id, MET, "Between 21 and 25 and the abuse was a central reason for the delay." + timing,
                    CHILD_TO_25_CITATION);
        }
    }
}
