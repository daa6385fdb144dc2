package org.amparo.courthouse.risk;

import static org.amparo.courthouse.risk.RiskScore.UNVERIFIED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amparo.facts.Conduct;
import org.amparo.facts.Criminal;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration;
import org.amparo.facts.Immigration.CurrentStatus;
import org.amparo.screening.CourthouseRisk.Level;
import org.amparo.screening.FrameworkOutcome;

/** The client's own exposure, the same for every event: removal history, record, status, screening outcome. */
final class ExposureFactors {

    private static final Set<CurrentStatus> PROTECTED = EnumSet.of(CurrentStatus.U, CurrentStatus.T,
            CurrentStatus.LPR, CurrentStatus.asylee, CurrentStatus.refugee);
    private static final Set<Criminal.Tag> LAKEN_RILEY_TAGS = EnumSet.of(Criminal.Tag.theft, Criminal.Tag.burglary);

    private ExposureFactors() {
    }

    static void score(FactsDocument facts, EnforcementSummary summary, LocalDate date, RiskScore score) {
        Immigration imm = facts.immigration();
        if (imm != null && isTrue(imm.hasFinalRemovalOrder()) && !isTrue(imm.departedAfterOrder())) {
            score.add("risk.final_order", 3, "She has a final removal order and has not left: people ordered "
                    + "removed who did not depart are named targets of ICE enforcement, courthouses included "
                    + "(ICE Directive 11072.1 cd18.targets; 2025 ICE courthouse guidance, §6.3).");
        }
        if (reentered(facts)) {
            score.add("risk.reentry", 3, "She re-entered after a removal: unlawful re-entrants are named targets "
                    + "(cd18.targets; 2025 ICE courthouse guidance, §6.3).");
        }
        criminal(facts, score);
        conduct(facts, score);
        summary(summary, score);
        status(facts, date, score);
    }

    private static void conduct(FactsDocument facts, RiskScore score) {
        if (facts.conduct() != null && facts.conduct().gangAllegation() != null
                && EnumSet.of(Conduct.GangAllegation.admitted, Conduct.GangAllegation.conviction_element)
                .contains(facts.conduct().gangAllegation())) {
            score.add("risk.gang", 2, "A gang allegation (admitted or an element of a conviction): gang members "
                    + "are named targets (cd18.targets; §6.3).");
        }
        if (facts.conduct() != null && isTrue(facts.conduct().terrorismEspionageFlag())) {
            score.add("risk.national_security", 3, "A terrorism or espionage flag: national-security threats are "
                    + "named targets (cd18.targets; §6.3), and a national-security matter is one of the 2021 "
                    + "memo's exceptions (cc21.limited).");
        }
        if (facts.immigration() != null && isTrue(facts.immigration().detainerLodged())) {
            score.add("risk.detainer", 2, "An immigration detainer (Form I-247A) has been lodged: ICE already "
                    + "knows of her and any booking can turn into ICE custody (8 CFR 287.7; §6.6).");
        }
    }

    private static void criminal(FactsDocument facts, RiskScore score) {
        Criminal criminal = facts.criminal();
        if (criminal == null) {
            return;
        }
        if (anyStanding(list(criminal.convictionOffenses()))) {
            score.add("risk.conviction", 2, "A criminal conviction on record: people with convictions are named "
                    + "targets of courthouse enforcement (cd18.targets; 2025 ICE courthouse guidance, §6.3).");
        }
        List<Criminal.PendingCharge> pending = list(criminal.pendingCharges());
        if (!pending.isEmpty()) {
            score.add("risk.pending_charge", 1, "A pending criminal charge: the §6.7 scoring proposal counts it, "
                    + "and every court date in that case is known in advance.");
        }
        if (anyLakenRiley(pending)) {
            score.add("risk.laken_riley", 1, "A pending theft- or burglary-type charge may trigger mandatory "
                    + "detention under the Laken Riley Act (Pub. L. 119-1; §6.7)" + UNVERIFIED + ".");
        }
    }

    private static boolean anyStanding(List<Criminal.Conviction> convictions) {
        for (Criminal.Conviction c : convictions) {
            if (!isTrue(c.vacatedOrExpunged())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyLakenRiley(List<Criminal.PendingCharge> pending) {
        for (Criminal.PendingCharge charge : pending) {
            for (Criminal.Tag tag : list(charge.tags())) {
                if (LAKEN_RILEY_TAGS.contains(tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void summary(EnforcementSummary summary, RiskScore score) {
        if (summary == null || summary.outcome() == null) {
            return;
        }
        FrameworkOutcome outcome = summary.outcome();
        String source = " under " + summary.framework() + " (enforcement screening, §1).";
        switch (outcome) {
            case PRIORITY -> score.add("risk.enforcement_priority", 2, "She is an enforcement priority" + source);
            case LIKELY_PRIORITY -> score.add("risk.enforcement_priority", 1,
                    "She is likely an enforcement priority" + source);
            case REMOVABLE_UNLISTED -> score.add("risk.enforcement_priority", 1,
                    "She is removable and the framework has no exempt class" + source);
            case NOT_PRIORITY -> score.add("risk.not_priority", -1, "She is not an enforcement priority" + source);
            case NOT_REMOVABLE -> score.cap("risk.not_removable", Level.LOW,
                    "She is not removable" + source + " Civil immigration arrest does not apply to her.");
            default -> { }
        }
    }

    private static void status(FactsDocument facts, LocalDate date, RiskScore score) {
        CurrentStatus status = facts.immigration() == null ? null : facts.immigration().currentStatus();
        if (status == CurrentStatus.USC && !score.has("risk.not_removable")) {
            score.cap("risk.not_removable", Level.LOW, "She is a U.S. citizen: civil immigration arrest does "
                    + "not apply to her.");
        } else if (status != null && PROTECTED.contains(status)) {
            score.add("risk.protected_status", -2, "She holds " + status + " status: not removable unless "
                    + "a conviction or conduct makes her so (attorney review).");
        }
        if (filed1367(facts, date)) {
            score.add("risk.c1367_filed", -1, "A VAWA, U or T application is on file, so 8 U.S.C. 1367 "
                    + "confidentiality applies (c1367.a2) and the abuser's information alone cannot ground an "
                    + "adverse decision (c1367.a1); it does not stop an arrest on independently verified facts "
                    + "(§6.7).");
        }
    }

    /** Whether a VAWA self-petition, U or T application was filed on or before {@code date}. */
    static boolean filed1367(FactsDocument facts, LocalDate date) {
        return filedBy(facts.u() == null ? null : facts.u().filedDate(), date)
                || filedBy(facts.t() == null ? null : facts.t().filedDate(), date)
                || filedBy(facts.vawa() == null ? null : facts.vawa().filedDate(), date);
    }

    private static boolean filedBy(LocalDate filed, LocalDate date) {
        return filed != null && !filed.isAfter(date);
    }

    private static boolean reentered(FactsDocument facts) {
        boolean flagged = facts.immigration() != null && isTrue(facts.immigration().reenteredAfterRemoval());
        boolean conduct = facts.conduct() != null && list(facts.conduct().unchargedConduct())
                .contains(Conduct.UnchargedConduct.reentry_8usc1326);
        boolean convicted = false;
        if (facts.criminal() != null) {
            for (Criminal.Conviction c : list(facts.criminal().convictionOffenses())) {
                convicted |= list(c.tags()).contains(Criminal.Tag.immigration_1326);
            }
        }
        return flagged || conduct || convicted;
    }

    static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
