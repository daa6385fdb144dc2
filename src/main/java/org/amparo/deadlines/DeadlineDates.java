package org.amparo.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.amparo.screening.Deadline;
import org.amparo.screening.Deadline.Status;

/**
 * Deadline formulas of LEGAL-REFERENCE §7 and the status rule. The relief screeners use the same formulas
 * ({@code org.amparo.screening.relief.VawaDates}); tests check both agree on every boundary.
 */
final class DeadlineDates {

    /** A deadline 0 to 30 days ahead (both ends inclusive) is {@link Status#due_within_30_days}. */
    static final int DUE_SOON_DAYS = 30;

    private DeadlineDates() {
    }

    /** event + 2 years − 1 day (conservative). */
    static LocalDate twoYearWindowLastDay(LocalDate event) {
        return event.plusYears(2).minusDays(1);
    }

    /** dob + years − 1 day: the last day before that birthday. */
    static LocalDate dayBeforeBirthday(LocalDate dob, int years) {
        return dob.plusYears(years).minusDays(1);
    }

    /** signature + 6 months − 1 day: the six-month anniversary itself is treated as too late (conservative). */
    static LocalDate certificationLastDay(LocalDate signed) {
        return signed.plusMonths(6).minusDays(1);
    }

    /** The first anniversary of the last arrival. */
    static LocalDate asylumLastDay(LocalDate lastArrival) {
        return lastArrival.plusYears(1);
    }

    /**
     * Status on {@code asOf}: {@code met} when {@code filed} is on or before {@code date}; otherwise {@code passed}
     * when the date is behind {@code asOf}, {@code due_within_30_days} when it is 0–30 days ahead, else
     * {@code upcoming}.
     */
    static Status status(LocalDate date, LocalDate asOf, LocalDate filed) {
        if (filed != null && !filed.isAfter(date)) {
            return Deadline.Status.met;
        }
        long daysAhead = ChronoUnit.DAYS.between(asOf, date);
        if (daysAhead < 0) {
            return Status.passed;
        }
        return daysAhead <= DUE_SOON_DAYS ? Status.due_within_30_days : Status.upcoming;
    }
}
