package org.amparo.cases.ui;

import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseStatus;
import org.amparo.platform.i18n.Messages;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/** Plain-language labels of the caseload's codes (statuses, outcomes, relief, orders). */
final class CaseloadText {

    private final Messages messages;

    CaseloadText(Messages messages) {
        this.messages = messages;
    }

    String status(CaseStatus status) {
        return status == null ? messages.get("caseload.any") : messages.get(switch (status) {
            case INTAKE -> "caseload.status.intake";
            case OPEN -> "caseload.status.open";
            case CLOSED -> "caseload.status.closed";
        });
    }

    /** A null outcome is "not screened". */
    String outcome(FrameworkOutcome outcome) {
        return messages.get(outcome == null ? "caseload.outcome.notScreened" : switch (outcome) {
            case PRIORITY -> "caseload.outcome.priority";
            case LIKELY_PRIORITY -> "caseload.outcome.likelyPriority";
            case NEEDS_REVIEW -> "caseload.outcome.needsReview";
            case PUBLIC_SAFETY_ASSESSMENT -> "caseload.outcome.publicSafety";
            case REMOVABLE_UNLISTED -> "caseload.outcome.removableUnlisted";
            case NOT_PRIORITY -> "caseload.outcome.notPriority";
            case NOT_REMOVABLE -> "caseload.outcome.notRemovable";
        });
    }

    String relief(Relief relief) {
        return relief == null ? messages.get("caseload.any") : messages.get(switch (relief) {
            case u_visa -> "caseload.relief.u";
            case t_visa -> "caseload.relief.t";
            case vawa_self_petition -> "caseload.relief.vawaSelf";
            case vawa_cancellation -> "caseload.relief.vawaCancellation";
            case asylum -> "caseload.relief.asylum";
            case sijs -> "caseload.relief.sijs";
        });
    }

    String reliefOutcome(ReliefOutcome outcome) {
        return outcome == null ? messages.get("caseload.any") : messages.get(switch (outcome) {
            case ELIGIBLE -> "caseload.reliefOutcome.eligible";
            case LIKELY_ELIGIBLE -> "caseload.reliefOutcome.likelyEligible";
            case NEEDS_MORE_INFO -> "caseload.reliefOutcome.needsMoreInfo";
            case NOT_ELIGIBLE -> "caseload.reliefOutcome.notEligible";
            case NOT_APPLICABLE -> "caseload.reliefOutcome.notApplicable";
        });
    }

    String sort(CaseQuery.Sort sort) {
        return sort == null ? "" : messages.get(switch (sort) {
            case CLIENT_NAME -> "caseload.sort.name";
            case CASE_NUMBER -> "caseload.sort.number";
            case NEXT_DEADLINE -> "caseload.sort.deadline";
            case OPENED_NEWEST -> "caseload.sort.newest";
            case STATUS -> "caseload.sort.status";
        });
    }

    String deadline(Integer days) {
        return days == null ? messages.get("caseload.any") : messages.get("caseload.deadline.days", days);
    }

    /** A framework filter choice: null is the framework in force. */
    String framework(String id) {
        return id == null ? messages.get("caseload.inForce") : id;
    }
}
