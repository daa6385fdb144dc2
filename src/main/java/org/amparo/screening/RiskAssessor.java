package org.amparo.screening;

import java.time.LocalDate;
import java.util.List;
import org.amparo.facts.FactsDocument;

/** Assesses the arrest risk of a document's court events and ICE check-ins (pure; the courthouse risk engine). */
@FunctionalInterface
public interface RiskAssessor {

    /** No courthouse assessment (tests of other parts). */
    RiskAssessor NONE = (facts, asOf, inForce) -> List.of();

    /**
     * @param inForce the in-force framework's result on {@code asOf}, or null when none is in force
     */
    List<CourthouseRisk> assess(FactsDocument facts, LocalDate asOf, FrameworkResult inForce);
}
