package org.amparo.screening.relief;

import org.amparo.deadlines.LegalDates;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amparo.facts.FamilyMember;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * Age windows for U and T derivatives: a child must be under 21 when the principal files, parents and siblings need
 * a principal under 21 at filing, and a sibling must be unmarried and under 18 (conservatively: under 18 until the
 * filing and, since the lock date is unverified, until her Supplement A is filed).
 */
final class UtFamilyWindows {

    /** Rule ids to cite, so one implementation serves U ({@code u.fam.*}, {@code u.age.*}) and T. */
    record Rules(String under21, String over21, String ageChild, String agePrincipal, String sibling18) { }

    /** What one age window allows: the best outcome, the date to file by (or null), and why. */
    record Window(ReliefOutcome cap, LocalDate fileBy, String reason, List<String> missing, Set<String> flags) {

        static Window of(ReliefOutcome cap, LocalDate fileBy, String reason) {
            return new Window(cap, fileBy, reason, List.of(), Set.of());
        }

        Window missing(String path) {
            return new Window(cap, fileBy, reason, List.of(path), flags);
        }

        Window flag(String... more) {
            Set<String> all = new LinkedHashSet<>(flags);
            all.addAll(List.of(more));
            return new Window(cap, fileBy, reason, missing, java.util.Collections.unmodifiableSet(all));
        }
    }

    private UtFamilyWindows() {
    }

    static Window child(FamilyMember m, String path, UtFiling f, Rules r) {
        if (m.maritalStatus() == FamilyMember.MaritalStatus.married) {
            return Window.of(ReliefOutcome.NEEDS_MORE_INFO, null, "A child is unmarried under INA 101(b)(1); this"
                    + " child is married (the reference is silent): attorney review.")
                    .flag(ReliefResult.FLAG_ATTORNEY_REVIEW);
        }
        if (m.dob() == null) {
            return Window.of(ReliefOutcome.NEEDS_MORE_INFO, null, "[" + r.under21() + "] The child's date of birth"
                    + " is needed to check that she is under 21 when the petition is filed.").missing(path + ".dob");
        }
        LocalDate last = LegalDates.dayBeforeBirthday(m.dob(), 21);
        if (f.isFiled()) {
            if (f.filed().isAfter(last)) {
                return Window.of(ReliefOutcome.NOT_ELIGIBLE, null, "[" + r.under21() + "] The child was 21 or"
                        + " older on " + f.basis() + ".");
            }
            if (f.asOf().isAfter(last)) {
                return Window.of(ReliefOutcome.ELIGIBLE, null, "[" + r.ageChild() + "] Under 21 on " + f.basis()
                        + ": still treated as a child after turning 21 while the petition is pending (UNVERIFIED"
                        + " statutory wording).").flag(ReliefResult.FLAG_UNVERIFIED);
            }
            return Window.of(ReliefOutcome.ELIGIBLE, null, "[" + r.under21() + "] Under 21 on " + f.basis() + ".");
        }
        return beforeFiling(f, last, r.under21(), "the child turns 21 on " + m.dob().plusYears(21));
    }

    static Window principalUnder21(LocalDate principalDob, UtFiling f, Rules r) {
        if (principalDob == null) {
            return Window.of(ReliefOutcome.NEEDS_MORE_INFO, null, "[" + r.under21() + "] Parents and siblings"
                    + " qualify only if the principal is under 21 at filing; her date of birth is needed.")
                    .missing("$.person.dob");
        }
        LocalDate last = LegalDates.dayBeforeBirthday(principalDob, 21);
        if (f.isFiled()) {
            if (f.filed().isAfter(last)) {
                return Window.of(ReliefOutcome.NOT_ELIGIBLE, null, "[" + r.over21() + "] The principal was 21 or"
                        + " older on " + f.basis() + ": only a spouse and children qualify.");
            }
            if (f.asOf().isAfter(last)) {
                return Window.of(ReliefOutcome.ELIGIBLE, null, "[" + r.agePrincipal() + "] The principal was under"
                        + " 21 on " + f.basis() + " and keeps under-21 treatment after turning 21 (UNVERIFIED"
                        + " statutory wording).").flag(ReliefResult.FLAG_UNVERIFIED);
            }
            return Window.of(ReliefOutcome.ELIGIBLE, null, "[" + r.under21() + "] The principal was under 21 on "
                    + f.basis() + ".");
        }
        if (f.asOf().isAfter(last)) {
            return Window.of(ReliefOutcome.NOT_ELIGIBLE, null, "[" + r.over21() + "] The principal turned 21 on "
                    + principalDob.plusYears(21) + " before filing: only a spouse and children qualify.");
        }
        return beforeFiling(f, last, r.under21(), "the principal turns 21 on " + principalDob.plusYears(21));
    }

    /** A sibling, given the window that lets siblings qualify at all (principal under 21, or retaliation). */
    static Window sibling(FamilyMember m, String path, Window base, UtFiling f, Rules r) {
        if (m.maritalStatus() == FamilyMember.MaritalStatus.married) {
            return Window.of(ReliefOutcome.NOT_ELIGIBLE, null, "[" + r.sibling18() + "] A sibling must be"
                    + " unmarried; this sibling is married.");
        }
        if (base.cap() == ReliefOutcome.NOT_ELIGIBLE || base.cap() == ReliefOutcome.NEEDS_MORE_INFO) {
            return base;
        }
        if (m.dob() == null) {
            return Window.of(ReliefOutcome.NEEDS_MORE_INFO, null, "[" + r.sibling18() + "] The sibling's date of"
                    + " birth is needed (she must be under 18).").missing(path + ".dob");
        }
        Window w = siblingAge(m, f, base, r).flag(base.flags().toArray(String[]::new));
        if (m.maritalStatus() == null && w.cap() != ReliefOutcome.NOT_ELIGIBLE) {
            return new Window(UtOutcomes.worse(w.cap(), ReliefOutcome.LIKELY_ELIGIBLE), w.fileBy(), w.reason()
                    + " Her marital status is not recorded (she must be unmarried).", List.of(path
                    + ".marital_status"), w.flags());
        }
        return w;
    }

    private static Window siblingAge(FamilyMember m, UtFiling f, Window base, Rules r) {
        LocalDate last = LegalDates.dayBeforeBirthday(m.dob(), 18);
        String lock = " Whether her age is frozen at the principal's filing is UNVERIFIED, so the engine"
                + " conservatively requires filing before her 18th birthday (" + m.dob().plusYears(18) + ").";
        if (f.isFiled()) {
            if (f.filed().isAfter(last)) {
                return Window.of(ReliefOutcome.NOT_ELIGIBLE, null, "[" + r.sibling18() + "] The sibling was 18 or"
                        + " older on " + f.basis() + ".");
            }
            if (f.asOf().isAfter(last)) {
                return Window.of(ReliefOutcome.NEEDS_MORE_INFO, null, "[" + r.sibling18() + "] Under 18 on "
                        + f.basis() + " but 18 now." + lock + " Attorney review.")
                        .flag(ReliefResult.FLAG_UNVERIFIED, ReliefResult.FLAG_ATTORNEY_REVIEW);
            }
            return Window.of(base.cap(), last, base.reason() + " [" + r.sibling18() + "] Under 18 on "
                    + f.basis() + "." + lock).flag(ReliefResult.FLAG_UNVERIFIED);
        }
        if (f.asOf().isAfter(last)) {
            return Window.of(ReliefOutcome.NOT_ELIGIBLE, null, "[" + r.sibling18() + "] The sibling turned 18 on "
                    + m.dob().plusYears(18) + " before the petition was filed.");
        }
        boolean principalWindow = base.fileBy() != null;
        LocalDate fileBy = principalWindow ? ReliefDates.earlier(base.fileBy(), last) : last;
        Window w = beforeFiling(f, fileBy, r.sibling18(), principalWindow
                ? "the earlier of the day before the principal's 21st birthday and the day before the sibling's 18th"
                + " birthday" : "the sibling turns 18 on " + m.dob().plusYears(18));
        String prefix = principalWindow ? "" : base.reason() + " ";
        return Window.of(UtOutcomes.worse(w.cap(), base.cap()), w.fileBy(), prefix + w.reason() + lock)
                .flag(ReliefResult.FLAG_UNVERIFIED);
    }

    /** Not yet filed, window still open on {@code asOf}: is the planned date inside it? */
    private static Window beforeFiling(UtFiling f, LocalDate last, String rule, String event) {
        if (f.asOf().isAfter(last)) {
            return Window.of(ReliefOutcome.NOT_ELIGIBLE, null, "[" + rule + "] The window closed on " + last + " ("
                    + event + ") before the petition was filed.");
        }
        if (f.date().isAfter(last)) {
            return Window.of(ReliefOutcome.LIKELY_ELIGIBLE, last, "[" + rule + "] Only if the principal's petition is"
                    + " filed by " + last + " (" + event + "): " + f.basis() + " is too late.");
        }
        return Window.of(ReliefOutcome.ELIGIBLE, last, "[" + rule + "] Qualifies if the principal's petition is filed"
                + " by " + last + " (" + event + "); " + f.basis() + " is in time.");
    }
}
