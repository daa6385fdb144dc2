package org.amparo.screening;

import java.util.List;

/**
 * One framework's evaluation. {@code assessment} is set only for {@code dhs2021_mayorkas}'s public-safety category.
 * A category whose rule the legal reference marks UNVERIFIED says so in its first reason.
 */
public record FrameworkResult(
        String framework,
        boolean inForceOnAsOf,
        FrameworkOutcome outcome,
        List<CategoryResult> categories,
        Assessment assessment,
        List<String> missingFacts) {

    public record CategoryResult(String id, CategoryOutcome result, List<String> reasons, List<String> facts,
                                 String citation) { }

    /** Mayorkas public-safety assessment: factors, never a bare verdict. */
    public record Assessment(List<String> aggravating, List<String> mitigating, Leaning leaning) { }

    public enum Leaning { likely_priority, likely_not_priority, needs_review }
}
