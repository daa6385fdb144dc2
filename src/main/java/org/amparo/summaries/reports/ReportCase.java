package org.amparo.summaries.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amparo.cases.CaseStatus;
import org.amparo.screening.Deadline;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * One case as the aggregate reports count it: no names, no facts beyond what is counted.
 *
 * @param inForceOutcome the latest screening's outcome under the framework in force (null if never screened)
 * @param previousInForceOutcome the same case's outcome in the screening before the latest (null if none)
 * @param deadlineStatuses the status of each deadline the screening computed (met, passed, upcoming…)
 */
public record ReportCase(long clientId, LocalDate openedOn, LocalDate closedOn, CaseStatus status,
        Set<Relief> reliefPursued, Map<Relief, ReliefOutcome> reliefOutcomes, FrameworkOutcome inForceOutcome,
        FrameworkOutcome previousInForceOutcome, List<Deadline.Status> deadlineStatuses) {

    public ReportCase {
        reliefPursued = Set.copyOf(reliefPursued);
        reliefOutcomes = Map.copyOf(reliefOutcomes);
        deadlineStatuses = List.copyOf(deadlineStatuses);
    }
}
