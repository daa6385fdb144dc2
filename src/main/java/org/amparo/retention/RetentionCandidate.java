package org.amparo.retention;

import java.time.LocalDate;
import org.amparo.cases.CaseStatus;

/**
 * What the retention policy needs to know about one case (no client data).
 *
 * @param program the case's program ({@link RetentionPolicy#DEFAULT_PROGRAM} when the case has none)
 * @param purgedKind what was already purged from it ({@code NARRATIVES} for a tombstone), or null
 * @param nextDate the earliest date on or after the day asked about that still matters to the client: the case's next
 *     deadline, a court event, an ICE check-in or an open manual deadline; null when there is none
 */
public record RetentionCandidate(long caseId, String caseNumber, String program, CaseStatus status,
                                 LocalDate closedOn, PurgeKind purgedKind, LocalDate nextDate) {
}
