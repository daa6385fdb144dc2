package org.amparo.retention;

import java.time.Instant;

/**
 * A program's retention rule: its closed cases are kept {@code keepMonths} months after the closing date, then
 * {@code kind} is purged. {@code scheduled}: when on, the cases that came due are offered to an administrator for
 * confirmation when she signs in (never deleted silently).
 *
 * @param version optimistic-lock version; 0 with {@code updatedAt == null} for a rule not yet saved
 */
public record RetentionSetting(String program, int keepMonths, PurgeKind kind, boolean scheduled, int version,
                               Instant updatedAt, String updatedBy) {

    /** The shortest and longest periods a program may choose (one month; a hundred years). */
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 1200;

    public RetentionSetting {
        if (program == null || program.isBlank()) {
            throw new IllegalArgumentException("A retention rule needs a program.");
        }
        if (keepMonths < MIN_MONTHS || keepMonths > MAX_MONTHS) {
            throw new IllegalArgumentException("Keep closed cases between " + MIN_MONTHS + " and " + MAX_MONTHS
                    + " months (was " + keepMonths + ").");
        }
        if (kind == null) {
            throw new IllegalArgumentException("A retention rule says what to purge.");
        }
        program = program.strip();
    }

    /** A new, unsaved rule. */
    public static RetentionSetting draft(String program, int keepMonths, PurgeKind kind, boolean scheduled) {
        return new RetentionSetting(program, keepMonths, kind, scheduled, 0, null, null);
    }
}
