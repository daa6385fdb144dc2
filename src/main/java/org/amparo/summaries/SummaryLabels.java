package org.amparo.summaries;

import org.amparo.cases.AdverseParty;
import org.amparo.cases.CaseStatus;
import org.amparo.platform.i18n.Messages;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.CourthouseRisk;
import org.amparo.screening.Deadline;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/** The output language's words for the screening vocabularies (one message key per value). */
public final class SummaryLabels {

    private final Messages text;

    public SummaryLabels(Messages text) {
        this.text = text;
    }

    public String relief(Relief relief) {
        return text.get(switch (relief) {
            case u_visa -> "summary.relief.uVisa";
            case t_visa -> "summary.relief.tVisa";
            case vawa_self_petition -> "summary.relief.vawaSelfPetition";
            case vawa_cancellation -> "summary.relief.vawaCancellation";
            case asylum -> "summary.relief.asylum";
            case sijs -> "summary.relief.sijs";
        });
    }

    public String reliefOutcome(ReliefOutcome outcome) {
        return text.get(switch (outcome) {
            case ELIGIBLE -> "summary.reliefOutcome.eligible";
            case LIKELY_ELIGIBLE -> "summary.reliefOutcome.likelyEligible";
            case NEEDS_MORE_INFO -> "summary.reliefOutcome.needsMoreInfo";
            case NOT_ELIGIBLE -> "summary.reliefOutcome.notEligible";
            case NOT_APPLICABLE -> "summary.reliefOutcome.notApplicable";
        });
    }

    public String element(ElementOutcome outcome) {
        return text.get(switch (outcome) {
            case MET -> "summary.element.met";
            case NOT_MET -> "summary.element.notMet";
            case UNKNOWN -> "summary.element.unknown";
            case NEEDS_REVIEW -> "summary.element.needsReview";
        });
    }

    public String frameworkOutcome(FrameworkOutcome outcome) {
        return text.get(switch (outcome) {
            case PRIORITY -> "summary.frameworkOutcome.priority";
            case LIKELY_PRIORITY -> "summary.frameworkOutcome.likelyPriority";
            case NEEDS_REVIEW -> "summary.frameworkOutcome.needsReview";
            case PUBLIC_SAFETY_ASSESSMENT -> "summary.frameworkOutcome.publicSafety";
            case REMOVABLE_UNLISTED -> "summary.frameworkOutcome.removableUnlisted";
            case NOT_PRIORITY -> "summary.frameworkOutcome.notPriority";
            case NOT_REMOVABLE -> "summary.frameworkOutcome.notRemovable";
        });
    }

    public String category(CategoryOutcome outcome) {
        return text.get(switch (outcome) {
            case MATCH -> "summary.category.match";
            case LIKELY_MATCH -> "summary.category.likelyMatch";
            case NEEDS_REVIEW -> "summary.category.needsReview";
            case NO_MATCH -> "summary.category.noMatch";
            case INSUFFICIENT_DATA -> "summary.category.insufficientData";
        });
    }

    public String level(CourthouseRisk.Level level) {
        return text.get(switch (level) {
            case LOW -> "summary.level.low";
            case MODERATE -> "summary.level.moderate";
            case HIGH -> "summary.level.high";
            case SEVERE -> "summary.level.severe";
        });
    }

    public String deadlineStatus(Deadline.Status status) {
        return text.get(switch (status) {
            case upcoming -> "summary.deadline.upcoming";
            case due_within_30_days -> "summary.deadline.due30";
            case passed -> "summary.deadline.passed";
            case met -> "summary.deadline.met";
        });
    }

    public String status(CaseStatus status) {
        return text.get(switch (status) {
            case INTAKE -> "summary.status.intake";
            case OPEN -> "summary.status.open";
            case CLOSED -> "summary.status.closed";
        });
    }

    public String profile(SummaryProfile profile) {
        return text.get(switch (profile) {
            case FULL -> "summary.profile.full";
            case REFERRAL -> "summary.profile.referral";
            case CLIENT -> "summary.profile.client";
        });
    }

    public String partyRole(AdverseParty.Role role) {
        return text.get(switch (role) {
            case ABUSER -> "summary.partyRole.abuser";
            case TRAFFICKER -> "summary.partyRole.trafficker";
            case EMPLOYER -> "summary.partyRole.employer";
            case PERPETRATOR -> "summary.partyRole.perpetrator";
            case OTHER -> "summary.partyRole.other";
        });
    }

    /** A field group's name, for the list of fields an attorney added beyond the profile. */
    public String field(SummaryField field) {
        return text.get(switch (field) {
            case NAME, DATE_OF_BIRTH, ALIASES, LANGUAGES -> "summary.field.identity";
            case A_NUMBER -> "summary.field.aNumber";
            case ADDRESS -> "summary.field.address";
            case PHONES, EMAILS, SAFE_CONTACT_NOTES -> "summary.field.contact";
            case CASE -> "summary.field.case";
            case ENFORCEMENT -> "summary.field.enforcement";
            case RELIEF_UNPROTECTED, RELIEF_PROTECTED, RELIEF_DETAIL, DERIVATIVES -> "summary.field.relief";
            case DEADLINES_UNPROTECTED, DEADLINES_PROTECTED -> "summary.field.deadlines";
            case COURT_DATES, RISK_FACTORS, SAFETY_PLANS -> "summary.field.court";
            case ADVERSE_PARTIES -> "summary.field.parties";
            case NOTES -> "summary.field.notes";
        });
    }
}
