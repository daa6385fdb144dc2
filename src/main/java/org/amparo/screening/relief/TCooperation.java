package org.amparo.screening.relief;

import java.util.ArrayList;
import java.util.List;
import org.amparo.facts.TFacts;
import org.amparo.facts.TFacts.ReasonableRequests;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * T cooperation (LEGAL-REFERENCE §3.2): {@code t.el3_cooperation} with the exceptions {@code t.el3_exc_minor}
 * (under 18 at a trafficking act) and {@code t.el3_exc_trauma}. Supplement B ({@code t.supp_b_optional}) and
 * Continued Presence are noted as supporting evidence.
 */
final class TCooperation {

    private static final String CITE = "INA 101(a)(15)(T)(i)(III)";

    private TCooperation() {
    }

    static List<UtFinding> evaluate(TFacts t) {
        UtFinding main = complied(t);
        List<UtFinding> out = new ArrayList<>();
        if (main.result() == ElementOutcome.MET) {
            out.add(main);
            return out;
        }
        UtFinding minor = minor(t);
        UtFinding trauma = trauma(t);
        UtFinding combined = combine(main, minor, trauma);
        out.add(combined);
        // The exceptions are shown for their reasons; only t.el3_cooperation limits the outcome.
        boolean open = combined.result() != ElementOutcome.MET;
        out.add(informational(minor, open));
        if (minor.result() != ElementOutcome.MET) {
            out.add(informational(trauma, open));
        }
        return out;
    }

    private static UtFinding informational(UtFinding f, boolean keepMissing) {
        return new UtFinding(f.element(), ReliefOutcome.ELIGIBLE, keepMissing ? f.missing() : List.of(), f.flags());
    }

    private static UtFinding complied(TFacts t) {
        String support = support(t);
        if (Boolean.FALSE.equals(t.reportedToLea())) {
            return UtFinding.of("t.el3_cooperation", ElementOutcome.NOT_MET, ReliefOutcome.NEEDS_MORE_INFO,
                    "The trafficking was not reported to law enforcement; under the 2024 rule an applicant generally"
                            + " must have reported it, unless an exception applies." + support, CITE);
        }
        if (t.reasonableRequests() == ReasonableRequests.refused) {
            return UtFinding.of("t.el3_cooperation", ElementOutcome.NOT_MET, ReliefOutcome.NEEDS_MORE_INFO,
                    "She refused a reasonable request for assistance; only the under-18 or trauma exception can"
                            + " save this element. Attorney review of whether the request was reasonable." + support,
                    CITE).flag(ReliefResult.FLAG_ATTORNEY_REVIEW);
        }
        if (Boolean.TRUE.equals(t.reportedToLea()) && t.reasonableRequests() != null) {
            String lea = t.leaName() == null ? "law enforcement" : t.leaName();
            String how = t.reasonableRequests() == ReasonableRequests.complied
                    ? "complied with every reasonable request" : "no request has been made yet";
            return UtFinding.of("t.el3_cooperation", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "Reported to " + lea + " and " + how + "." + support, CITE);
        }
        UtFinding f = UtFinding.of("t.el3_cooperation", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                "Whether she reported the trafficking and answered reasonable requests is not recorded." + support,
                CITE);
        if (t.reportedToLea() == null) {
            f = f.missing("$.t.reported_to_lea");
        }
        return t.reasonableRequests() == null ? f.missing("$.t.reasonable_requests") : f;
    }

    private static String support(TFacts t) {
        String s = "";
        if (Boolean.TRUE.equals(t.i914SuppB())) {
            s += " [t.supp_b_optional] A Form I-914 Supplement B declaration is held (optional; USCIS weighs any"
                    + " credible evidence).";
        }
        if (Boolean.TRUE.equals(t.continuedPresenceGranted())) {
            s += " Continued Presence was granted at federal law-enforcement request, which supports cooperation.";
        }
        return s;
    }

    private static UtFinding minor(TFacts t) {
        String cite = CITE + "(bb)";
        String unverified = " UNVERIFIED rule: age is measured at a trafficking act per a practice summary; the"
                + " regulatory wording was not confirmed.";
        Integer age = t.ageAtFirstTraffickingAct();
        if (age == null) {
            return UtFinding.of("t.el3_exc_minor", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Her age at the first trafficking act is not recorded." + unverified, cite)
                    .missing("$.t.age_at_first_trafficking_act").flag(ReliefResult.FLAG_UNVERIFIED);
        }
        if (age < 18) {
            return UtFinding.of("t.el3_exc_minor", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "She was " + age + " at the first trafficking act: under 18, so she is exempt from the"
                            + " cooperation requirement, even if she refused." + unverified, cite)
                    .flag(ReliefResult.FLAG_UNVERIFIED);
        }
        return UtFinding.of("t.el3_exc_minor", ElementOutcome.NOT_MET, ReliefOutcome.NEEDS_MORE_INFO,
                "She was " + age + " at the first trafficking act: the under-18 exception does not apply."
                        + unverified, cite).flag(ReliefResult.FLAG_UNVERIFIED);
    }

    private static UtFinding trauma(TFacts t) {
        String cite = CITE + "(cc)";
        if (t.traumaExceptionEvidence() == null) {
            return UtFinding.of("t.el3_exc_trauma", ElementOutcome.UNKNOWN, ReliefOutcome.NEEDS_MORE_INFO,
                    "Whether there is evidence that trauma prevents cooperation is not recorded.", cite)
                    .missing("$.t.trauma_exception_evidence");
        }
        if (t.traumaExceptionEvidence()) {
            return UtFinding.of("t.el3_exc_trauma", ElementOutcome.MET, ReliefOutcome.LIKELY_ELIGIBLE,
                    "Evidence shows physical or psychological trauma prevents her from cooperating; USCIS weighs"
                            + " that evidence.", cite);
        }
        return UtFinding.of("t.el3_exc_trauma", ElementOutcome.NOT_MET, ReliefOutcome.NEEDS_MORE_INFO,
                "No evidence of trauma preventing cooperation.", cite);
    }

    private static UtFinding combine(UtFinding main, UtFinding minor, UtFinding trauma) {
        if (minor.result() == ElementOutcome.MET) {
            return UtFinding.of("t.el3_cooperation", ElementOutcome.MET, ReliefOutcome.ELIGIBLE,
                    "Satisfied through the under-18 exception (t.el3_exc_minor).", CITE);
        }
        if (trauma.result() == ElementOutcome.MET) {
            return UtFinding.of("t.el3_cooperation", ElementOutcome.MET, ReliefOutcome.LIKELY_ELIGIBLE,
                    "Satisfied through the trauma exception (t.el3_exc_trauma), subject to USCIS weighing the"
                            + " evidence.", CITE);
        }
        boolean exceptionOpen = minor.result() == ElementOutcome.UNKNOWN
                || trauma.result() == ElementOutcome.UNKNOWN;
        if (main.result() == ElementOutcome.NOT_MET && !exceptionOpen) {
            return main;
        }
        return new UtFinding(new ReliefResult.ElementResult("t.el3_cooperation", ElementOutcome.UNKNOWN,
                main.element().reason() + " An exception may still apply.", CITE), ReliefOutcome.NEEDS_MORE_INFO,
                main.missing(), main.flags());
    }
}
