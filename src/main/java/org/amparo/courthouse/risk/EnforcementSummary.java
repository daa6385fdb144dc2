package org.amparo.courthouse.risk;

import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.FrameworkResult;

/**
 * What enforcement screening concluded for the client, passed in by the integrator (the risk engine does not run
 * the enforcement engine itself). Usually the framework in force on the evaluation date.
 */
public record EnforcementSummary(String framework, FrameworkOutcome outcome) {

    /** The summary of one framework result. */
    public static EnforcementSummary of(FrameworkResult result) {
        return new EnforcementSummary(result.framework(), result.outcome());
    }
}
