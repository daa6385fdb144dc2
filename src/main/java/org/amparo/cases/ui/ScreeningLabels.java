package org.amparo.cases.ui;

import org.amparo.platform.i18n.Messages;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.FrameworkResult;
import org.amparo.screening.ReliefResult;

/** Words for the screening panel: outcomes and relief names in the UI language; unverified rules recognised. */
public final class ScreeningLabels {

    private final Messages messages;

    public ScreeningLabels(Messages messages) {
        this.messages = messages;
    }

    public String relief(ReliefResult.Relief relief) {
        return messages.get(switch (relief) {
            case u_visa -> "screen.relief.uVisa";
            case t_visa -> "screen.relief.tVisa";
            case vawa_self_petition -> "screen.relief.vawaSelfPetition";
            case vawa_cancellation -> "screen.relief.vawaCancellation";
            case asylum -> "screen.relief.asylum";
            case sijs -> "screen.relief.sijs";
        });
    }

    public String outcome(ReliefResult.ReliefOutcome outcome) {
        return messages.get(switch (outcome) {
            case ELIGIBLE -> "screen.relief.eligible";
            case LIKELY_ELIGIBLE -> "screen.relief.likelyEligible";
            case NEEDS_MORE_INFO -> "screen.relief.needsMoreInfo";
            case NOT_ELIGIBLE -> "screen.relief.notEligible";
            case NOT_APPLICABLE -> "screen.relief.notApplicable";
        });
    }

    public String element(ReliefResult.ElementOutcome outcome) {
        return messages.get(switch (outcome) {
            case MET -> "screen.element.met";
            case NOT_MET -> "screen.element.notMet";
            case UNKNOWN -> "screen.element.unknown";
            case NEEDS_REVIEW -> "screen.element.needsReview";
        });
    }

    public String framework(FrameworkOutcome outcome) {
        return messages.get(switch (outcome) {
            case PRIORITY -> "screen.framework.priority";
            case LIKELY_PRIORITY -> "screen.framework.likelyPriority";
            case NEEDS_REVIEW -> "screen.framework.needsReview";
            case PUBLIC_SAFETY_ASSESSMENT -> "screen.framework.publicSafety";
            case REMOVABLE_UNLISTED -> "screen.framework.removableUnlisted";
            case NOT_PRIORITY -> "screen.framework.notPriority";
            case NOT_REMOVABLE -> "screen.framework.notRemovable";
        });
    }

    public String category(CategoryOutcome outcome) {
        return messages.get(switch (outcome) {
            case MATCH -> "screen.category.match";
            case LIKELY_MATCH -> "screen.category.likelyMatch";
            case NEEDS_REVIEW -> "screen.category.needsReview";
            case NO_MATCH -> "screen.category.noMatch";
            case INSUFFICIENT_DATA -> "screen.category.insufficientData";
        });
    }

    /** A category whose rule the legal reference marks UNVERIFIED says so in its first reason. */
    public static boolean unverified(FrameworkResult.CategoryResult category) {
        return !category.reasons().isEmpty() && category.reasons().get(0).contains("UNVERIFIED");
    }

    public static boolean unverified(ReliefResult relief) {
        return relief.flags().contains(ReliefResult.FLAG_UNVERIFIED);
    }
}
