package org.amparo.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * The stored, dated result of screening one case in one run: outcomes only (the full reasons are recomputed from the
 * facts when a case is opened). A case's history is the list of these, newest first.
 *
 * @param frameworks outcome per framework id screened in this run
 * @param inForceFramework the framework in force on {@code asOf}
 * @param nextDeadline the earliest upcoming deadline, or null
 */
public record CaseScreening(
        long caseId,
        long runId,
        Instant screenedAt,
        LocalDate asOf,
        Map<String, FrameworkOutcome> frameworks,
        Map<Relief, ReliefOutcome> relief,
        String inForceFramework,
        LocalDate nextDeadline,
        String nextDeadlineLabel) {

    public CaseScreening {
        frameworks = Map.copyOf(frameworks);
        relief = Map.copyOf(relief);
    }
}
