package org.amparo.screening.relief;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.DerivativeResult;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ElementResult;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * Combines U/T findings into a {@link ReliefResult}: the outcome is the lowest cap of any element; flags are sorted
 * and missing facts keep their first-seen order, so the same facts always give the same document.
 */
final class UtOutcomes {

    private final Relief relief;
    private final List<UtFinding> findings = new ArrayList<>();
    private final Set<String> waivers = new LinkedHashSet<>();
    private final List<DerivativeResult> derivatives = new ArrayList<>();
    private final Set<String> flags = new LinkedHashSet<>();
    private final Set<String> missing = new LinkedHashSet<>();

    Relief relief() {
        return relief;
    }

    UtOutcomes(Relief relief) {
        this.relief = relief;
    }

    static ReliefResult notApplicable(Relief relief) {
        return new ReliefResult(relief, ReliefOutcome.NOT_APPLICABLE, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** Rank from best (ELIGIBLE) to worst (NOT_ELIGIBLE); NOT_APPLICABLE is never a cap. */
    static ReliefOutcome worse(ReliefOutcome a, ReliefOutcome b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    UtOutcomes add(UtFinding finding) {
        findings.add(finding);
        flags.addAll(finding.flags());
        missing.addAll(finding.missing());
        if (finding.result() == ElementOutcome.NEEDS_REVIEW) {
            flags.add(ReliefResult.FLAG_ATTORNEY_REVIEW);
        }
        return this;
    }

    UtOutcomes addAll(List<UtFinding> more) {
        more.forEach(this::add);
        return this;
    }

    void waivers(List<String> grounds) {
        waivers.addAll(grounds);
    }

    void derivative(DerivativeResult result, List<String> missingFacts, Set<String> derivativeFlags) {
        derivatives.add(result);
        missing.addAll(missingFacts);
        flags.addAll(derivativeFlags);
    }

    ReliefOutcome outcome() {
        ReliefOutcome outcome = ReliefOutcome.ELIGIBLE;
        for (UtFinding f : findings) {
            outcome = worse(outcome, f.cap());
        }
        return outcome;
    }

    ReliefResult build() {
        List<ElementResult> elements = new ArrayList<>(findings.size());
        for (UtFinding f : findings) {
            elements.add(f.element());
        }
        return new ReliefResult(relief, outcome(), List.copyOf(elements), List.copyOf(waivers), List.copyOf(derivatives),
                List.copyOf(new java.util.TreeSet<>(flags)), List.copyOf(missing));
    }
}
