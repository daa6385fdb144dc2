package org.amparo.screening.enforcement;

import java.util.List;
import org.amparo.screening.CategoryOutcome;
import org.amparo.screening.FrameworkResult.Assessment;

/**
 * What a predicate concluded: the result, its reasons (most decisive first), the JSON paths it read, the paths whose
 * answers are unknown and would settle it, and (for the Mayorkas public-safety category only) an assessment.
 */
public record PredicateResult(CategoryOutcome result, List<String> reasons, List<String> facts,
                              List<String> missing, Assessment assessment) {

    public PredicateResult {
        reasons = List.copyOf(reasons);
        facts = List.copyOf(facts);
        missing = List.copyOf(missing);
    }
}
