package org.amparo.screening.enforcement;

import java.util.ArrayList;
import java.util.List;
import org.amparo.facts.Conduct;
import org.amparo.facts.Criminal.Classification;
import org.amparo.facts.Criminal.Conviction;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Immigration.CurrentStatus;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.FrameworkOutcome;

/** Derives a framework's outcome from its priority categories (spec "Vocabularies"). */
final class OutcomeRules {

    /** A category definition with its evaluated result. */
    record Evaluated(CategoryDefinition category, PredicateResult result) {

        boolean is(CategoryOutcome outcome) {
            return result.result() == outcome;
        }
    }

    private OutcomeRules() {
    }

    /**
     * NOT_REMOVABLE for a U.S. citizen; then PRIORITY (any MATCH), LIKELY_PRIORITY (any LIKELY_MATCH),
     * PUBLIC_SAFETY_ASSESSMENT (only the assessment category engaged), NEEDS_REVIEW (any review or unknown); when
     * nothing applies: NOT_REMOVABLE for an LPR with no conviction or conduct that could make her removable (else
     * NEEDS_REVIEW), otherwise NOT_PRIORITY or REMOVABLE_UNLISTED by the exemption model.
     */
    static FrameworkOutcome derive(FrameworkDefinition fw, FactsDocument facts, List<Evaluated> evaluated) {
        CurrentStatus status = facts.immigration() != null ? facts.immigration().currentStatus() : null;
        if (status == CurrentStatus.USC) {
            return FrameworkOutcome.NOT_REMOVABLE;
        }
        boolean likely = false;
        boolean assessmentEngaged = false;
        boolean othersClear = true;
        boolean anyOpen = false;
        for (Evaluated e : evaluated) {
            if (e.category().role() != CategoryDefinition.Role.priority) {
                continue;
            }
            if (e.is(CategoryOutcome.MATCH)) {
                return FrameworkOutcome.PRIORITY;
            }
            likely |= e.is(CategoryOutcome.LIKELY_MATCH);
            anyOpen |= !e.is(CategoryOutcome.NO_MATCH);
            if (isAssessment(fw, e)) {
                assessmentEngaged |= e.is(CategoryOutcome.NEEDS_REVIEW);
            } else {
                othersClear &= e.is(CategoryOutcome.NO_MATCH);
            }
        }
        if (likely) {
            return FrameworkOutcome.LIKELY_PRIORITY;
        }
        if (assessmentEngaged && othersClear) {
            return FrameworkOutcome.PUBLIC_SAFETY_ASSESSMENT;
        }
        if (anyOpen) {
            return FrameworkOutcome.NEEDS_REVIEW;
        }
        if (status == CurrentStatus.LPR) {
            return lprUnsettled(facts).isEmpty() ? FrameworkOutcome.NOT_REMOVABLE : FrameworkOutcome.NEEDS_REVIEW;
        }
        return fw.hasExemptClass() ? FrameworkOutcome.NOT_PRIORITY : FrameworkOutcome.REMOVABLE_UNLISTED;
    }

    /**
     * For a permanent resident whom no category reaches: the facts that keep "not removable" open — a conviction
     * (other than a civil infraction) or removability conduct (uncharged conduct, fraud, terrorism flag), or any of
     * these unknown. Empty means nothing makes her removable.
     */
    static List<String> lprUnsettled(FactsDocument facts) {
        List<String> open = new ArrayList<>();
        List<Conviction> convs = facts.criminal() != null ? facts.criminal().convictionOffenses() : null;
        if (convs == null || anyBeyondInfraction(convs)) {
            open.add(FactPaths.CONVICTIONS);
        }
        Conduct conduct = FactPaths.conduct(facts);
        if (conduct.unchargedConduct() == null || !conduct.unchargedConduct().isEmpty()) {
            open.add(FactPaths.UNCHARGED);
        }
        if (!Boolean.FALSE.equals(conduct.fraudOrMisrepOfficialMatter())) {
            open.add(FactPaths.FRAUD);
        }
        if (!Boolean.FALSE.equals(conduct.terrorismEspionageFlag())) {
            open.add(FactPaths.TERRORISM);
        }
        return open;
    }

    private static boolean anyBeyondInfraction(List<Conviction> convs) {
        for (Conviction c : convs) {
            if (c.classification() != Classification.infraction) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAssessment(FrameworkDefinition fw, Evaluated e) {
        return e.category().id().equals(fw.assessmentCategory());
    }
}
