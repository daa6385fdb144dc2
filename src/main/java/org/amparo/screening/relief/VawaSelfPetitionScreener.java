package org.amparo.screening.relief;

import org.amparo.deadlines.LegalDates;
import static org.amparo.screening.ReliefResult.ElementOutcome.MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.NEEDS_REVIEW;
import static org.amparo.screening.ReliefResult.ElementOutcome.NOT_MET;
import static org.amparo.screening.ReliefResult.ElementOutcome.UNKNOWN;

import java.time.LocalDate;
import org.amparo.facts.Evidence;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Person;
import org.amparo.facts.VawaFacts;
import org.amparo.facts.VawaFacts.AbuserRelationship;
import org.amparo.facts.VawaFacts.AbuserStatus;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.Relief;

/**
 * Screens the VAWA self-petition (Form I-360), LEGAL-REFERENCE §4.1–§4.2, element by element: {@code vawa.rel},
 * {@code vawa.abuser_status}, the windows {@code vawa.2y.divorce}, {@code vawa.2y.lost_status},
 * {@code vawa.2y.death_usc} and {@code vawa.child_to_25} (when the facts call for them), {@code vawa.abuse},
 * {@code vawa.good_faith} and {@code vawa.remarriage} (spouses only), {@code vawa.residence},
 * {@code vawa.us_residence}, {@code vawa.gmc} and {@code vawa.classification}.
 *
 * <p>Outcome rule: {@code NOT_APPLICABLE} when the facts have no {@code vawa} section; otherwise any
 * {@code NOT_MET} element gives {@code NOT_ELIGIBLE}, else any {@code UNKNOWN} gives {@code NEEDS_MORE_INFO}, else
 * any {@code NEEDS_REVIEW} gives {@code LIKELY_ELIGIBLE}, and only when every element is {@code MET} is the outcome
 * {@code ELIGIBLE}. An unknown fact is never read as met. Windows are judged on {@code vawa.filed_date}, or on the
 * evaluation date when she has not filed. Her children are listed as derivatives (see {@code VawaDerivatives}).
 */
public final class VawaSelfPetitionScreener implements ReliefScreener {

    private static final String PM = "USCIS Policy Manual Vol. 3 Part D Ch. 2";
    private static final String REL_CITATION = "INA 204(a)(1)(A)(iii), (iv), (vii), (B)(ii), (iii); " + PM
            + "; PA-2022-09";

    /** Creates the screener; it holds no state. */
    public VawaSelfPetitionScreener() {
        // stateless
    }

    @Override
    public Relief relief() {
        return Relief.vawa_self_petition;
    }

    @Override
    public ReliefResult screen(FactsDocument facts, LocalDate asOf) {
        if (facts.vawa() == null) {
            return ElementLedger.notApplicable(relief());
        }
        VawaCase c = new VawaCase(facts, facts.vawa(), asOf);
        ElementLedger ledger = new ElementLedger();
        relationship(ledger, c);
        abuserStatus(ledger, c.vawa());
        VawaWindows.screen(ledger, c);
        VawaConductRules.abuse(ledger, c.vawa(), "vawa.abuse", PM);
        if (c.spouseCase()) {
            goodFaith(ledger, c.vawa());
        }
        residence(ledger, c.vawa());
        usResidence(ledger, facts.person());
        VawaConductRules.goodMoralCharacter(ledger, facts, "vawa.gmc");
        if (c.spouseCase()) {
            remarriage(ledger, c.vawa());
        }
        classification(ledger, c.vawa());
        return ledger.result(relief(), ledger.standardOutcome(), VawaDerivatives.of(c));
    }

    private static void relationship(ElementLedger ledger, VawaCase c) {
        AbuserRelationship rel = c.vawa().abuserRelationship();
        if (rel == null) {
            ledger.add("vawa.rel", UNKNOWN, "Her relationship to the abuser is not recorded.", REL_CITATION)
                    .missing("$.vawa.abuser_relationship");
        } else if (rel == AbuserRelationship.intended_spouse) {
            intendedSpouse(ledger, c.vawa());
        } else if (c.spouseCase()) {
            spouse(ledger, c.vawa());
        } else if (c.childCase()) {
            child(ledger, c);
        } else {
            parentOfAbuser(ledger, c.vawa());
        }
    }

    private static void spouse(ElementLedger ledger, VawaFacts v) {
        String former = v.abuserRelationship() == AbuserRelationship.former_spouse
                ? " The divorce window is checked under vawa.2y.divorce." : "";
        if (v.marriageDate() == null) {
            ledger.add("vawa.rel", UNKNOWN, "Spouse of the abuser, but the marriage date is not recorded." + former,
                    REL_CITATION).missing("$.vawa.marriage_date");
        } else {
            ledger.add("vawa.rel", MET, "Married the abuser on " + v.marriageDate() + "." + former, REL_CITATION);
        }
    }

    private static void intendedSpouse(ElementLedger ledger, VawaFacts v) {
        Boolean unknowing = v.bigamyUnknowing();
        if (unknowing == null) {
            ledger.add("vawa.rel", UNKNOWN, "Intended spouse: not recorded whether she married without knowing the"
                    + " abuser was still married to someone else.", REL_CITATION).missing("$.vawa.bigamy_unknowing");
        } else if (!unknowing) {
            ledger.add("vawa.rel", NOT_MET, "Intended spouse, but the bigamy was not unknowing: an intended spouse"
                    + " must have believed the marriage valid.", REL_CITATION);
        } else {
            ledger.add("vawa.rel", MET, "Intended spouse in a marriage she did not know was bigamous.",
                    REL_CITATION);
        }
    }

    private static void child(ElementLedger ledger, VawaCase c) {
        String step = c.vawa().abuserRelationship() == AbuserRelationship.stepparent
                ? " A step-relationship survives the parent's divorce from the step-parent (Arguijo)." : "";
        LocalDate dob = c.dob();
        if (dob == null) {
            ledger.add("vawa.rel", UNKNOWN, "Child of the abuser, but her date of birth is not recorded." + step,
                    REL_CITATION).missing("$.person.dob");
        } else if (LegalDates.ageOn(dob, c.filingReference()) < 21) {
            ledger.add("vawa.rel", NEEDS_REVIEW, "Child of the abuser and under 21 (" + c.filingWords() + "); a"
                    + " child must also be unmarried, which the facts do not record: confirm it." + step,
                    REL_CITATION);
        } else {
            ledger.add("vawa.rel", MET, "Abused as a child by a parent; at 21 or older she can file only under"
                    + " vawa.child_to_25." + step, REL_CITATION);
        }
    }

    private static void parentOfAbuser(ElementLedger ledger, VawaFacts v) {
        Integer age = v.sonDaughterAge();
        if (v.abuserStatus() == AbuserStatus.LPR) {
            ledger.add("vawa.rel", NOT_MET, "A parent can self-petition only against a U.S. citizen son or"
                    + " daughter; this one is an LPR.", REL_CITATION);
        } else if (age == null) {
            ledger.add("vawa.rel", UNKNOWN, "Parent of the abuser, but the son's or daughter's age is not"
                    + " recorded (must be 21 or older).", REL_CITATION).missing("$.vawa.son_daughter_age");
        } else if (age < 21) {
            ledger.add("vawa.rel", NOT_MET, "Parent of the abuser, who is " + age + ": the son or daughter must"
                    + " be 21 or older.", REL_CITATION);
        } else {
            ledger.add("vawa.rel", MET, "Parent of a U.S. citizen son or daughter aged " + age + ".",
                    REL_CITATION);
        }
    }

    private static void abuserStatus(ElementLedger ledger, VawaFacts v) {
        String id = "vawa.abuser_status";
        String citation = "INA 204(a)(1)(A), (B)";
        AbuserStatus status = v.abuserStatus();
        if (status == AbuserStatus.USC || status == AbuserStatus.LPR) {
            String died = v.abuserDeathDate() != null ? " (died " + v.abuserDeathDate()
                    + "; see vawa.2y.death_usc)" : "";
            ledger.add(id, MET, "The abuser is or was a" + (status == AbuserStatus.USC ? " U.S. citizen" : "n LPR")
                    + died + ".", citation);
        } else if (status == AbuserStatus.none && v.abuserStatusLossDate() != null) {
            ledger.add(id, MET, "The abuser lost U.S. citizen or LPR status on " + v.abuserStatusLossDate()
                    + "; the two-year rule is checked under vawa.2y.lost_status.", citation);
        } else if (status == AbuserStatus.none) {
            ledger.add(id, NOT_MET, "The abuser is neither a U.S. citizen nor an LPR: VAWA does not apply;"
                    + " screen the U visa instead.", citation);
        } else {
            ledger.add(id, UNKNOWN, "The abuser's immigration status is not known.", citation)
                    .missing("$.vawa.abuser_status");
        }
    }

    private static void goodFaith(ElementLedger ledger, VawaFacts v) {
        String id = "vawa.good_faith";
        String citation = PM + "; 8 CFR 204.2(c)";
        Evidence evidence = v.marriageGoodFaithEvidence();
        boolean duringProceedings = Boolean.TRUE.equals(v.marriedDuringRemovalProceedings());
        String proceedings = duringProceedings ? " She married during removal proceedings: how INA 204(g) applies"
                + " to VAWA is UNVERIFIED; an attorney must review." : "";
        if (duringProceedings) {
            ledger.unverified().attorneyReview();
        }
        if (evidence == null) {
            ledger.add(id, UNKNOWN, "Evidence that the marriage was in good faith is not recorded." + proceedings,
                    citation).missing("$.vawa.marriage_good_faith_evidence");
        } else if (evidence == Evidence.none) {
            ledger.add(id, UNKNOWN, "No evidence of a good-faith marriage yet: gather joint records, photos,"
                    + " statements." + proceedings, citation);
        } else if (evidence == Evidence.some || duringProceedings) {
            ledger.add(id, NEEDS_REVIEW, "Good-faith marriage evidence is " + evidence
                    + ": strengthen it before filing." + proceedings, citation);
        } else {
            ledger.add(id, MET, "Strong evidence of a good-faith marriage.", citation);
        }
    }

    private static void residence(ElementLedger ledger, VawaFacts v) {
        String id = "vawa.residence";
        String citation = "USCIS PA-2022-09 (2022-02-10)";
        Boolean resided = v.residedWithAbuserEver();
        if (resided == null) {
            ledger.add(id, UNKNOWN, "Not recorded whether she ever lived with the abuser.", citation)
                    .missing("$.vawa.resided_with_abuser_ever");
        } else if (!resided) {
            ledger.add(id, NOT_MET, "She never lived with the abuser; shared residence at some time is required.",
                    citation);
        } else {
            ledger.add(id, MET, "She lived with the abuser at some time (since 2022-02-10 it need not have been"
                    + " during the marriage or relationship).", citation);
        }
    }

    private static void usResidence(ElementLedger ledger, Person person) {
        String id = "vawa.us_residence";
        String citation = "INA 204(a)(1)(A)(v) (cite UNVERIFIED)";
        String state = person == null || person.address() == null ? null : person.address().state();
        if (state != null) {
            ledger.add(id, MET, "She lives in the United States (" + state + ").", citation);
        } else {
            ledger.unverified().missing("$.person.address.state");
            ledger.add(id, NEEDS_REVIEW, "Where she lives is not recorded. If abroad, she qualifies only if the"
                    + " abuser is a U.S. government employee or uniformed-services member, or the abuse happened in"
                    + " the U.S. (rule UNVERIFIED).", citation);
        }
    }

    private static void remarriage(ElementLedger ledger, VawaFacts v) {
        String id = "vawa.remarriage";
        String citation = "INA 204(h); " + PM;
        Boolean remarried = v.remarriedBeforeFiling();
        if (remarried == null) {
            ledger.add(id, UNKNOWN, "Not recorded whether she remarried before filing.", citation)
                    .missing("$.vawa.remarried_before_filing");
        } else if (remarried) {
            ledger.add(id, NOT_MET, "She remarried before filing, which defeats a spouse's self-petition.",
                    citation);
        } else {
            ledger.add(id, MET, "She has not remarried before filing (remarriage after approval does not revoke"
                    + " it).", citation);
        }
    }

    private static void classification(ElementLedger ledger, VawaFacts v) {
        String id = "vawa.classification";
        AbuserStatus status = v.abuserStatus();
        String derivatives = " Her unmarried children under 21 can be included as derivatives.";
        if (status == AbuserStatus.USC) {
            ledger.add(id, MET, "Immediate-relative classification (U.S. citizen abuser)." + derivatives, PM);
        } else if (status == AbuserStatus.LPR) {
            ledger.add(id, MET, "Family-preference classification (LPR abuser)." + derivatives, PM);
        } else if (status == AbuserStatus.none && v.abuserStatusLossDate() != null) {
            ledger.add(id, MET, "Classification follows the status the abuser lost." + derivatives, PM);
        } else if (status == AbuserStatus.none) {
            ledger.add(id, NOT_MET, "No classification: the abuser is neither a U.S. citizen nor an LPR.", PM);
        } else {
            ledger.add(id, UNKNOWN, "Classification depends on the abuser's status, which is not known.", PM);
        }
    }
}
