package org.amparo.screening.relief;

import org.amparo.deadlines.LegalDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.amparo.facts.FamilyMember;
import org.amparo.facts.FamilyMember.MaritalStatus;
import org.amparo.facts.FamilyMember.Relationship;
import org.amparo.screening.ReliefResult.DerivativeResult;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * Her children as derivatives of a VAWA self-petition ({@code vawa.classification}, LEGAL-REFERENCE §4.1): an
 * unmarried child under 21 on the filing reference date can be included; {@code fileBy} is the day before the
 * child's 21st birthday while she has not filed. Age-out rules for VAWA derivatives are not in the reference, so a
 * child who is 21 or older is reported for attorney review rather than ruled out.
 */
final class VawaDerivatives {

    private VawaDerivatives() {
    }

    static List<DerivativeResult> of(VawaCase c) {
        List<FamilyMember> family = c.facts().familyMembers();
        if (family == null) {
            return List.of();
        }
        List<DerivativeResult> children = new ArrayList<>();
        for (FamilyMember m : family) {
            if (m.relationship() == Relationship.child && m.ref() != null && !Boolean.TRUE.equals(m.isAbuser())) {
                children.add(child(m, c));
            }
        }
        return Collections.unmodifiableList(children);
    }

    private static DerivativeResult child(FamilyMember m, VawaCase c) {
        String relationship = Relationship.child.name();
        if (m.dob() == null) {
            return new DerivativeResult(m.ref(), relationship, ReliefOutcome.NEEDS_MORE_INFO, null,
                    "The child's date of birth is not recorded.");
        }
        if (m.maritalStatus() == MaritalStatus.married) {
            return new DerivativeResult(m.ref(), relationship, ReliefOutcome.NOT_ELIGIBLE, null,
                    "A married child cannot be included as a derivative.");
        }
        LocalDate lastDay = LegalDates.dayBeforeBirthday(m.dob(), 21);
        if (!ReliefDates.onOrBefore(c.filingReference(), lastDay)) {
            return new DerivativeResult(m.ref(), relationship, ReliefOutcome.NEEDS_MORE_INFO, null,
                    "The child is 21 or older (" + c.filingWords() + "); age-out rules for VAWA derivatives are"
                            + " not in the reference: an attorney must review.");
        }
        String unmarried = m.maritalStatus() == null ? " Confirm the child is unmarried." : "";
        return new DerivativeResult(m.ref(), relationship, ReliefOutcome.LIKELY_ELIGIBLE,
                c.filed() ? null : lastDay, "Unmarried child under 21: include in the self-petition"
                        + (c.filed() ? "." : " before " + lastDay.plusDays(1) + ", the child's 21st birthday.")
                        + unmarried);
    }
}
