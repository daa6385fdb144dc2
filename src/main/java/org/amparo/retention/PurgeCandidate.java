package org.amparo.retention;

import java.time.LocalDate;

/**
 * A closed case in the retention preview: its case number (never the client's name), program, closing date, when it
 * comes due under its program's rule and what would be purged, and the policy's verdict.
 *
 * @param dueOn null when the program has no rule or the case no closing date
 * @param kind what the program's rule purges; null without a rule
 * @param nextDate the date that holds the case ({@link RetentionVerdict#HELD_UPCOMING_DATE}), else null
 */
public record PurgeCandidate(long caseId, String caseNumber, String program, LocalDate closedOn, LocalDate dueOn,
                             PurgeKind kind, RetentionVerdict verdict, LocalDate nextDate) {

    public boolean due() {
        return verdict == RetentionVerdict.DUE;
    }
}
