package org.amparo.retention.data;

import org.amparo.cases.CaseStatus;
import org.amparo.retention.PurgeKind;

/** A case about to be purged, as stored. {@code purgedKind} is null unless its narratives were already purged. */
public record PurgeTarget(long caseId, long clientId, String caseNumber, String program, CaseStatus status,
                          PurgeKind purgedKind) {
}
