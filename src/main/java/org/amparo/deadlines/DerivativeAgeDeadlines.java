package org.amparo.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FamilyMember;
import org.amparo.facts.FamilyMember.MaritalStatus;
import org.amparo.facts.FamilyMember.Relationship;
import org.amparo.screening.Deadline;

/**
 * {@code dl.u_t_derivative_age}: for each family member, the last day the principal U or T petition can be filed
 * while the member still qualifies by age (LEGAL-REFERENCE §2.5, §3.3). A child must be under 21 when the principal
 * files (age-out protection holds after that); a parent qualifies while the principal is under 21; an unmarried
 * sibling until the earlier of the principal's 21st and the sibling's 18th birthday, each minus one day
 * (conservative: whether the sibling's age is frozen at filing is UNVERIFIED). For T, parents and siblings in
 * present danger of retaliation qualify at any principal age (siblings still under 18). Members who committed the
 * crime, married children and married siblings get no date. {@code met} when the principal filed by the date.
 */
final class DerivativeAgeDeadlines {

    private static final String ID = "dl.u_t_derivative_age";

    private DerivativeAgeDeadlines() {
    }

    static List<Deadline> compute(FactsDocument facts, LocalDate asOf) {
        if ((facts.u() == null && facts.t() == null) || facts.familyMembers() == null) {
            return List.of();
        }
        LocalDate principalDob = facts.person() == null ? null : facts.person().dob();
        LocalDate filed = principalFiled(facts);
        List<Deadline> out = new ArrayList<>();
        for (FamilyMember m : facts.familyMembers()) {
            if (m.ref() != null && !Boolean.TRUE.equals(m.perpetratorOfCrime())) {
                Optional<LocalDate> date = deadline(facts, m, principalDob);
                if (date.isPresent()) {
                    out.add(new Deadline(ID, date.get(), LegalDates.status(date.get(), asOf, filed),
                            label(m, facts), m.ref()));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static Optional<LocalDate> deadline(FactsDocument facts, FamilyMember m, LocalDate principalDob) {
        boolean married = m.maritalStatus() == MaritalStatus.married;
        boolean retaliationRoute = facts.t() != null && Boolean.TRUE.equals(m.retaliationDanger());
        Optional<LocalDate> principalUnder21 = Optional.ofNullable(principalDob)
                .map(dob -> LegalDates.dayBeforeBirthday(dob, 21));
        if (m.relationship() == Relationship.child && !married && m.dob() != null) {
            return Optional.of(LegalDates.dayBeforeBirthday(m.dob(), 21));
        }
        if (m.relationship() == Relationship.parent && !retaliationRoute) {
            return principalUnder21;
        }
        if (m.relationship() == Relationship.sibling && !married && m.dob() != null) {
            LocalDate sibling18 = LegalDates.dayBeforeBirthday(m.dob(), 18);
            if (retaliationRoute) {
                return Optional.of(sibling18);
            }
            return principalUnder21.map(p -> p.isBefore(sibling18) ? p : sibling18);
        }
        return Optional.empty();
    }

    /** The earliest principal filing date among the U and T petitions, or null if neither is filed. */
    private static LocalDate principalFiled(FactsDocument facts) {
        return Stream.of(facts.u() == null ? null : facts.u().filedDate(),
                        facts.t() == null ? null : facts.t().filedDate())
                .filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
    }

    private static String label(FamilyMember m, FactsDocument facts) {
        String who = m.givenName() != null ? m.givenName() + " (" + m.relationship() + ")" : "This " + m.relationship();
        String petition = facts.u() != null && facts.t() != null ? "U or T" : facts.u() != null ? "U" : "T";
        return switch (m.relationship()) {
            case child -> who + " can be included as a derivative if the principal " + petition
                    + " petition is filed before the child turns 21 (age-out protection after filing).";
            case parent -> who + " qualifies as a derivative only if the principal " + petition
                    + " petition is filed before the principal turns 21.";
            default -> who + " qualifies as a derivative only if the principal " + petition + " petition is filed"
                    + " while the sibling is under 18 and unmarried (and the principal under 21, unless the sibling"
                    + " faces retaliation under T); conservative: whether the sibling's age is frozen at filing is"
                    + " unverified.";
        };
    }
}
