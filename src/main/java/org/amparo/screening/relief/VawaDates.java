package org.amparo.screening.relief;

import java.time.LocalDate;
import java.time.Period;

/**
 * Date formulas shared by the VAWA, asylum and SIJS screeners (LEGAL-REFERENCE §4.2, §7). The same formulas drive
 * {@code org.amparo.deadlines.RuleDeadlineCalculator}; tests check that both agree on every boundary.
 */
final class VawaDates {

    private VawaDates() {
    }

    /** Last safe day of a VAWA two-year window: event + 2 years − 1 day (conservative, §4.2). */
    static LocalDate twoYearWindowLastDay(LocalDate event) {
        return event.plusYears(2).minusDays(1);
    }

    /** Last day before the given birthday ({@code dob + years − 1 day}), e.g. the day before the 21st birthday. */
    static LocalDate dayBeforeBirthday(LocalDate dob, int years) {
        return dob.plusYears(years).minusDays(1);
    }

    /** Last day to file asylum: the first anniversary of the last arrival (§7 {@code dl.asylum_1y}). */
    static LocalDate asylumLastDay(LocalDate lastArrival) {
        return lastArrival.plusYears(1);
    }

    /** Completed years of age on {@code date}. */
    static int ageOn(LocalDate dob, LocalDate date) {
        return Period.between(dob, date).getYears();
    }

    /** The date a filing is judged on: the filed date when she has filed, otherwise the evaluation date. */
    static LocalDate filingReference(LocalDate filedDate, LocalDate asOf) {
        return filedDate != null ? filedDate : asOf;
    }

    /** True when {@code day} is on or before {@code lastDay}. */
    static boolean onOrBefore(LocalDate day, LocalDate lastDay) {
        return !day.isAfter(lastDay);
    }
}
