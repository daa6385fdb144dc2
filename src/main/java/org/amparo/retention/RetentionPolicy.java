package org.amparo.retention;

import java.time.LocalDate;
import org.amparo.cases.CaseStatus;

/**
 * Which closed cases are due for purge as of a date. Pure: no database, no clock. Rules, in order:
 * <ol>
 *   <li>R1 no rule for the case's program: never due.</li>
 *   <li>R2 intake and open cases: never due.</li>
 *   <li>R3 closed without a closing date: never due (purge by hand if wanted).</li>
 *   <li>R4 due on the closing date plus the program's months (calendar months: closed 31 January, kept one month,
 *       due 28/29 February); the day before, not yet.</li>
 *   <li>R5 a rule that purges narratives skips a case whose narratives were already purged; a whole-case rule
 *       still takes such a tombstone.</li>
 *   <li>R6 held while any date that matters to the client lies on or after the day asked about (the case's next
 *       deadline, a court event, an ICE check-in, an open manual deadline): a closed case with a hearing ahead may
 *       have been closed by mistake, or its client may come back; a person decides, and may purge it by hand.</li>
 *   <li>R7 otherwise due.</li>
 * </ol>
 */
public final class RetentionPolicy {

    /** The program of a case that names none (users' default program). */
    public static final String DEFAULT_PROGRAM = "main";

    private RetentionPolicy() {
    }

    /** The verdict for {@code candidate} under {@code rule} (null when its program has none) as of {@code asOf}. */
    public static RetentionVerdict decide(RetentionCandidate candidate, RetentionSetting rule, LocalDate asOf) {
        if (rule == null) {
            return RetentionVerdict.NO_RULE;
        }
        if (candidate.status() != CaseStatus.CLOSED) {
            return RetentionVerdict.NOT_CLOSED;
        }
        if (candidate.closedOn() == null) {
            return RetentionVerdict.NO_CLOSING_DATE;
        }
        if (asOf.isBefore(dueOn(candidate.closedOn(), rule))) {
            return RetentionVerdict.NOT_YET;
        }
        if (candidate.purgedKind() != null
                && (candidate.purgedKind() == PurgeKind.WHOLE_CASE || rule.kind() == PurgeKind.NARRATIVES)) {
            return RetentionVerdict.ALREADY_PURGED;
        }
        if (candidate.nextDate() != null && !candidate.nextDate().isBefore(asOf)) {
            return RetentionVerdict.HELD_UPCOMING_DATE;
        }
        return RetentionVerdict.DUE;
    }

    /** The first day a case closed on {@code closedOn} is due under {@code rule}. */
    public static LocalDate dueOn(LocalDate closedOn, RetentionSetting rule) {
        return closedOn.plusMonths(rule.keepMonths());
    }
}
