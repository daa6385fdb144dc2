package org.amparo.screening.relief;

import java.time.LocalDate;
import java.util.List;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FamilyMember;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * T derivatives (LEGAL-REFERENCE §3.3 {@code t.family}, {@code t.age_out}): principal under 21 at filing → spouse,
 * children, parents, unmarried siblings under 18; 21 or older → spouse and children; any age → parents and
 * unmarried siblings under 18 who face a present danger of retaliation. Both rules are marked UNVERIFIED in detail.
 */
final class TDerivatives {

    static final UtFamilyWindows.Rules RULES = new UtFamilyWindows.Rules(
            "t.family", "t.family", "t.age_out", "t.age_out", "t.family");

    private TDerivatives() {
    }

    static void screen(FactsDocument facts, UtFiling filing, UtOutcomes out) {
        List<FamilyMember> members = facts.familyMembers();
        if (members == null) {
            return;
        }
        ReliefOutcome principal = out.outcome();
        LocalDate principalDob = facts.person() == null ? null : facts.person().dob();
        for (int i = 0; i < members.size(); i++) {
            FamilyMember m = members.get(i);
            if (m == null || m.relationship() == null || m.relationship() == FamilyMember.Relationship.other) {
                continue;
            }
            UtFamilyWindows.Window w = window(m, "$.family_members[" + i + "]", principalDob, filing)
                    .flag(ReliefResult.FLAG_UNVERIFIED);
            UDerivatives.record(out, m, w, principal);
        }
    }

    private static UtFamilyWindows.Window window(FamilyMember m, String path, LocalDate principalDob, UtFiling f) {
        if (Boolean.TRUE.equals(m.perpetratorOfCrime()) || Boolean.TRUE.equals(m.isAbuser())) {
            return UtFamilyWindows.Window.of(ReliefOutcome.NEEDS_MORE_INFO, null, "[t.family] This family member"
                    + " is recorded as a perpetrator or abuser; the reference states no T exclusion rule, so an"
                    + " attorney must decide.").flag(ReliefResult.FLAG_ATTORNEY_REVIEW);
        }
        return switch (m.relationship()) {
            case spouse -> UtFamilyWindows.Window.of(ReliefOutcome.ELIGIBLE, null,
                    "[t.family] A spouse qualifies whatever the principal's age.");
            case child -> UtFamilyWindows.child(m, path, f, RULES);
            case parent -> orRetaliation(m, path, UtFamilyWindows.principalUnder21(principalDob, f, RULES));
            case sibling -> UtFamilyWindows.sibling(m, path,
                    orRetaliation(m, path, UtFamilyWindows.principalUnder21(principalDob, f, RULES)), f, RULES);
            case other -> throw new IllegalStateException("other relatives are skipped");
        };
    }

    /** When the under-21 route fails or is unknown, parents and siblings may still qualify through retaliation. */
    private static UtFamilyWindows.Window orRetaliation(FamilyMember m, String path, UtFamilyWindows.Window byAge) {
        if (byAge.cap() != ReliefOutcome.NOT_ELIGIBLE && byAge.cap() != ReliefOutcome.NEEDS_MORE_INFO) {
            return byAge;
        }
        Boolean danger = m.retaliationDanger();
        if (Boolean.TRUE.equals(danger)) {
            return UtFamilyWindows.Window.of(ReliefOutcome.LIKELY_ELIGIBLE, null, "[t.family] Faces a present danger"
                    + " of retaliation because of the principal's escape or cooperation, which qualifies a parent or"
                    + " unmarried sibling under 18 whatever the principal's age; evidence of the danger is needed.");
        }
        if (danger == null) {
            return new UtFamilyWindows.Window(ReliefOutcome.NEEDS_MORE_INFO, null,
                    byAge.reason() + " [t.family] A present danger of retaliation would still qualify her; it is not"
                            + " recorded.", UDerivatives.concat(byAge.missing(), path + ".retaliation_danger"),
                    byAge.flags());
        }
        return UtFamilyWindows.Window.of(byAge.cap(), byAge.fileBy(), byAge.reason()
                + " [t.family] No present danger of retaliation is recorded.").flag(byAge.flags()
                .toArray(String[]::new));
    }
}
