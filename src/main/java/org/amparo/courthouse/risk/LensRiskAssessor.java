package org.amparo.courthouse.risk;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.facts.FactsDocument;
import org.amparo.screening.CourthouseRisk;
import org.amparo.screening.FrameworkResult;
import org.amparo.screening.enforcement.EnforcementEngine;

/**
 * Assesses every court event and ICE check-in of a document under a {@link PolicyLens}: the courthouse engine on
 * rules pinned to the lens's policy, weighed with the lens's enforcement framework. Pure; thread-safe.
 */
public final class LensRiskAssessor {

    private final EnforcementEngine enforcement;
    private final Map<PolicyLens, CourthouseRiskEngine> engines = new EnumMap<>(PolicyLens.class);

    public LensRiskAssessor(EnforcementEngine enforcement, CourthouseRules rules) {
        this.enforcement = enforcement;
        for (PolicyLens lens : PolicyLens.values()) {
            CourthouseRules pinned = lens.policyId() == null ? rules : rules.pinnedTo(lens.policyId());
            engines.put(lens, new CourthouseRiskEngine(pinned));
        }
    }

    /** Risks of every event (past ones included), in document order. */
    public List<CourthouseRisk> assess(FactsDocument facts, LocalDate asOf, PolicyLens lens) {
        Optional<String> framework = lens.frameworkId() != null ? Optional.of(lens.frameworkId())
                : enforcement.inForceOn(asOf);
        EnforcementSummary summary = framework.map(id -> {
            FrameworkResult result = enforcement.evaluate(facts, asOf, List.of(id)).get(0);
            return EnforcementSummary.of(result);
        }).orElse(null);
        return engines.get(lens).assess(facts, asOf, summary);
    }

    /** The risk of the event with this {@code ref} (as {@link CourthouseRisk#event()} names it), if any. */
    public Optional<CourthouseRisk> assess(FactsDocument facts, LocalDate asOf, PolicyLens lens, String ref) {
        return assess(facts, asOf, lens).stream().filter(r -> r.event().equals(ref)).findFirst();
    }
}
