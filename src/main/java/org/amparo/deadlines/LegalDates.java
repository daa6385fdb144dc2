package org.amparo.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.amparo.screening.Deadline;
import org.amparo.screening.Deadline.Status;

/**
 * The one home of Amparo's date formulas (LEGAL-REFERENCE §2.3, §2.5, §4.2, §7) and the deadline status rule, used
 * by the relief screeners and the deadline calculator alike so that a screener and a deadline never disagree.
 * Conservative readings: a window's last day is the day before its anniversary; a 29 February birthday falls on
 * 28 February in other years (the earlier, safer day).
 */
public final class LegalDates {

    /** A deadline 0 to 30 days ahead (both ends inclusive) is {@link Status#due_within_30_days}. */
    public static final int DUE_SOON_DAYS = 30;

    private LegalDates() {
    }

    /** Whole years of age on {@code date} (a 29 February birthday is reached on 28 February). */
    public static int ageOn(LocalDate dob, LocalDate date) {
        int years = date.getYear() - dob.getYear();
        if (date.isBefore(dob.plusYears(years))) {
            years--;
        }
        return years;
    }

    /** The day the person turns {@code years} old. */
    public static LocalDate birthday(LocalDate dob, int years) {
        return dob.plusYears(years);
    }

    /** True when the person is younger than {@code years} on {@code date}. */
    public static boolean under(LocalDate dob, int years, LocalDate date) {
        return date.isBefore(birthday(dob, years));
    }

    /** event + 2 years − 1 day (conservative). */
    public static LocalDate twoYearWindowLastDay(LocalDate event) {
        return event.plusYears(2).minusDays(1);
    }

    /** dob + years − 1 day: the last day before that birthday. */
    public static LocalDate dayBeforeBirthday(LocalDate dob, int years) {
        return dob.plusYears(years).minusDays(1);
    }

    /** signature + 6 months − 1 day: the six-month anniversary itself is treated as too late (conservative). */
    public static LocalDate certificationLastDay(LocalDate signed) {
        return signed.plusMonths(6).minusDays(1);
    }

    /** The first anniversary of the last arrival. */
    public static LocalDate asylumLastDay(LocalDate lastArrival) {
        return lastArrival.plusYears(1);
    }

    /**
     * Status on {@code asOf}: {@code met} when {@code filed} is on or before {@code date}; otherwise {@code passed}
     * when the date is behind {@code asOf}, {@code due_within_30_days} when it is 0–30 days ahead, else
     * {@code upcoming}.
     */
    public static Status status(LocalDate date, LocalDate asOf, LocalDate filed) {
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
