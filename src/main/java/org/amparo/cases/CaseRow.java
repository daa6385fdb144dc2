package org.amparo.cases;

import java.time.LocalDate;
import org.amparo.screening.FrameworkOutcome;

/**
 * One line of the caseload: what a table row shows, read in one paged query.
 *
 * @param inForceOutcome the latest stored outcome under the framework in force when it was screened; null if never
 * @param nextDeadline the earliest upcoming deadline of the latest screening, or null
 */
public record CaseRow(
        long caseId,
        long clientId,
        String caseNumber,
        String clientDisplayName,
        CaseStatus status,
        String reliefPursued,
        String assignedAdvocate,
        FrameworkOutcome inForceOutcome,
        LocalDate nextDeadline,
        String nextDeadlineLabel) {
}
