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
            case u_visa -> "screenPanel.relief.uVisa";
            case t_visa -> "screenPanel.relief.tVisa";
            case vawa_self_petition -> "screenPanel.relief.vawaSelfPetition";
            case vawa_cancellation -> "screenPanel.relief.vawaCancellation";
            case asylum -> "screenPanel.relief.asylum";
            case sijs -> "screenPanel.relief.sijs";
        });
    }

    public String outcome(ReliefResult.ReliefOutcome outcome) {
        return messages.get(switch (outcome) {
            case ELIGIBLE -> "screenPanel.relief.eligible";
            case LIKELY_ELIGIBLE -> "screenPanel.relief.likelyEligible";
            case NEEDS_MORE_INFO -> "screenPanel.relief.needsMoreInfo";
            case NOT_ELIGIBLE -> "screenPanel.relief.notEligible";
            case NOT_APPLICABLE -> "screenPanel.relief.notApplicable";
        });
    }

    public String element(ReliefResult.ElementOutcome outcome) {
        return messages.get(switch (outcome) {
            case MET -> "screenPanel.element.met";
            case NOT_MET -> "screenPanel.element.notMet";
            case UNKNOWN -> "screenPanel.element.unknown";
            case NEEDS_REVIEW -> "screenPanel.element.needsReview";
        });
    }

    public String framework(FrameworkOutcome outcome) {
        return messages.get(switch (outcome) {
            case PRIORITY -> "screenPanel.framework.priority";
            case LIKELY_PRIORITY -> "screenPanel.framework.likelyPriority";
            case NEEDS_REVIEW -> "screenPanel.framework.needsReview";
            case PUBLIC_SAFETY_ASSESSMENT -> "screenPanel.framework.publicSafety";
            case REMOVABLE_UNLISTED -> "screenPanel.framework.removableUnlisted";
            case NOT_PRIORITY -> "screenPanel.framework.notPriority";
            case NOT_REMOVABLE -> "screenPanel.framework.notRemovable";
        });
    }

    public String category(CategoryOutcome outcome) {
        return messages.get(switch (outcome) {
            case MATCH -> "screenPanel.category.match";
            case LIKELY_MATCH -> "screenPanel.category.likelyMatch";
            case NEEDS_REVIEW -> "screenPanel.category.needsReview";
            case NO_MATCH -> "screenPanel.category.noMatch";
            case INSUFFICIENT_DATA -> "screenPanel.category.insufficientData";
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
