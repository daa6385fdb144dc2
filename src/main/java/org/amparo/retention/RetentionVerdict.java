package org.amparo.retention;

/** The retention policy's answer for one case, each with its rule id (see {@link RetentionPolicy}). */
public enum RetentionVerdict {
    /** R1: the case's program has no retention rule, so nothing is ever due. */
    NO_RULE,
    /** R2: intake and open cases are never due. */
    NOT_CLOSED,
    /** R3: closed but with no closing date: the period cannot start; a person must set the date or purge by hand. */
    NO_CLOSING_DATE,
    /** R4: the period has not ended yet. */
    NOT_YET,
    /** R5: what the rule purges was already purged (narratives of a tombstone). */
    ALREADY_PURGED,
    /** R6: held: a deadline, court event or check-in is still ahead, so the matter may not be over. */
    HELD_UPCOMING_DATE,
    /** R7: due for purge. */
    DUE
}
