package org.amparo.screening.relief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FamilyMember;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.DerivativeResult;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * U derivatives (LEGAL-REFERENCE §2.5): {@code u.fam.under21}, {@code u.fam.21plus}, {@code u.fam.supp_a},
 * {@code u.fam.perpetrator_excluded}, {@code u.age.child}, {@code u.age.principal}, {@code u.age.sibling_18}.
 * A derivative is never more eligible than the principal.
 */
final class UDerivatives {

    static final UtFamilyWindows.Rules RULES = new UtFamilyWindows.Rules(
            "u.fam.under21", "u.fam.21plus", "u.age.child", "u.age.principal", "u.age.sibling_18");

    private static final String SUPP_A = " [u.fam.supp_a] File one Form I-918 Supplement A for this family member,"
            + " with the principal's I-918 or later.";

    private UDerivatives() {
    }

    static void screen(FactsDocument facts, UtFiling filing, UtOutcomes out) {
        List<FamilyMember> members = facts.familyMembers();
        if (members == null) {
            return;
        }
        ReliefOutcome principal = out.outcome();
        LocalDate principalDob = facts.person() == null ? null : facts.person().dob();
        boolean perpetratorNamed = members.stream().anyMatch(UDerivatives::isPerpetrator);
        for (int i = 0; i < members.size(); i++) {
            FamilyMember m = members.get(i);
            if (m == null || m.relationship() == null || m.relationship() == FamilyMember.Relationship.other) {
                continue;
            }
            String path = "$.family_members[" + i + "]";
            UtFamilyWindows.Window w = window(m, path, principalDob, filing, perpetratorNamed);
            record(out, m, w, principal);
        }
    }

    private static boolean isPerpetrator(FamilyMember m) {
        return m != null && (Boolean.TRUE.equals(m.perpetratorOfCrime()) || Boolean.TRUE.equals(m.isAbuser()));
    }

    /**
     * {@code perpetratorNamed}: another member is already recorded as the perpetrator, so a member whose
     * perpetrator fields are unknown is taken not to be the perpetrator.
     */
    private static UtFamilyWindows.Window window(FamilyMember m, String path, LocalDate principalDob, UtFiling f,
                                                 boolean perpetratorNamed) {
        if (isPerpetrator(m)) {
            return UtFamilyWindows.Window.of(ReliefOutcome.NOT_ELIGIBLE, null, "[u.fam.perpetrator_excluded] This"
                    + " family member committed the crime or is the abuser and cannot be a derivative"
                    + " (regulation paragraph UNVERIFIED).").flag(ReliefResult.FLAG_UNVERIFIED);
        }
        UtFamilyWindows.Window w = switch (m.relationship()) {
            case spouse -> UtFamilyWindows.Window.of(ReliefOutcome.ELIGIBLE, null,
                    "A spouse qualifies whatever the principal's age.");
            case child -> UtFamilyWindows.child(m, path, f, RULES);
            case parent -> UtFamilyWindows.principalUnder21(principalDob, f, RULES);
            case sibling -> UtFamilyWindows.sibling(m, path, UtFamilyWindows.principalUnder21(principalDob, f,
                    RULES), f, RULES);
            case other -> throw new IllegalStateException("other relatives are skipped");
        };
        if (!perpetratorNamed && m.perpetratorOfCrime() == null && m.isAbuser() == null
                && w.cap() != ReliefOutcome.NOT_ELIGIBLE) {
            return new UtFamilyWindows.Window(UtOutcomes.worse(w.cap(), ReliefOutcome.LIKELY_ELIGIBLE), w.fileBy(),
                    w.reason() + " Whether this family member committed the crime is not recorded.",
                    concat(w.missing(), path + ".perpetrator_of_crime"), w.flags());
        }
        return w;
    }

    static List<String> concat(List<String> list, String more) {
        List<String> out = new ArrayList<>(list.size() + 1);
        out.addAll(list);
        out.add(more);
        return Collections.unmodifiableList(out);
    }

    /** Adds one derivative result, capped by the principal's outcome. */
    static void record(UtOutcomes out, FamilyMember m, UtFamilyWindows.Window w, ReliefOutcome principal) {
        ReliefOutcome outcome = UtOutcomes.worse(w.cap(), principal);
        String reason = w.reason();
        if (principal == ReliefOutcome.NOT_ELIGIBLE && w.cap() != ReliefOutcome.NOT_ELIGIBLE) {
            reason += " The principal does not qualify, so no derivative can.";
        }
        if (outcome != ReliefOutcome.NOT_ELIGIBLE && out.relief() == ReliefResult.Relief.u_visa) {
            reason += SUPP_A;
        }
        out.derivative(new DerivativeResult(m.ref(), m.relationship().name(), outcome, w.fileBy(), reason),
                w.missing(), w.flags());
    }
}
