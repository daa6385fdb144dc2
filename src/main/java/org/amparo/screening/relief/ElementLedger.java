package org.amparo.screening.relief;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ElementResult;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * Collects element results, flags and missing facts for one relief screen and applies the common outcome rule:
 * any {@code NOT_MET} gives {@code NOT_ELIGIBLE}; otherwise any {@code UNKNOWN} gives {@code NEEDS_MORE_INFO};
 * otherwise any {@code NEEDS_REVIEW} gives {@code LIKELY_ELIGIBLE}; only all-{@code MET} gives {@code ELIGIBLE}.
 */
final class ElementLedger {

    private final List<ElementResult> elements = new ArrayList<>();
    private final Set<String> flags = new LinkedHashSet<>();
    private final Set<String> missingFacts = new LinkedHashSet<>();

    ElementLedger add(String id, ElementOutcome result, String reason, String citation) {
        elements.add(new ElementResult(id, result, reason, citation));
        return this;
    }

    /** Marks that a rule the legal reference flags UNVERIFIED shaped this result. */
    ElementLedger unverified() {
        flags.add(ReliefResult.FLAG_UNVERIFIED);
        return this;
    }

    ElementLedger attorneyReview() {
        flags.add(ReliefResult.FLAG_ATTORNEY_REVIEW);
        return this;
    }

    /** Names an unknown fact by its JSON path, e.g. {@code $.vawa.marriage_date}. */
    ElementLedger missing(String jsonPath) {
        missingFacts.add(jsonPath);
        return this;
    }

    boolean has(ElementOutcome outcome) {
        for (ElementResult e : elements) {
            if (e.result() == outcome) {
                return true;
            }
        }
        return false;
    }

    /** The common outcome rule (see the class comment); no elements at all means more information is needed. */
    ReliefOutcome standardOutcome() {
        if (has(ElementOutcome.NOT_MET)) {
            return ReliefOutcome.NOT_ELIGIBLE;
        }
        if (elements.isEmpty() || has(ElementOutcome.UNKNOWN)) {
            return ReliefOutcome.NEEDS_MORE_INFO;
        }
        if (has(ElementOutcome.NEEDS_REVIEW)) {
            return ReliefOutcome.LIKELY_ELIGIBLE;
        }
        return ReliefOutcome.ELIGIBLE;
    }

    ReliefResult result(Relief relief, ReliefOutcome outcome) {
        return result(relief, outcome, List.of());
    }

    ReliefResult result(Relief relief, ReliefOutcome outcome, List<ReliefResult.DerivativeResult> derivatives) {
        return new ReliefResult(relief, outcome, List.copyOf(elements), List.of(), List.copyOf(derivatives),
                List.copyOf(flags), List.copyOf(missingFacts));
    }

    /** The result when no fact in the document suggests this form of relief. */
    static ReliefResult notApplicable(Relief relief) {
        return new ReliefResult(relief, ReliefOutcome.NOT_APPLICABLE, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }
}
