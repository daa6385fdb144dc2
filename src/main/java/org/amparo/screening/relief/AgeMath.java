package org.amparo.screening.relief;

import java.time.LocalDate;

/**
 * Date and age arithmetic shared by the U and T screeners. A person reaches age {@code n} on
 * {@code dob.plusYears(n)} (a 29 February birthday falls on 28 February in common years, the earlier and so
 * conservative reading); "under n on a date" means the date is before that birthday.
 */
final class AgeMath {

    private AgeMath() {
    }

    /** Whole years of age on {@code date}, consistent with {@link #birthday}. */
    static int ageOn(LocalDate dob, LocalDate date) {
        int years = date.getYear() - dob.getYear();
        if (date.isBefore(dob.plusYears(years))) {
            years--;
        }
        return years;
    }

    /** The day the person turns {@code years} old. */
    static LocalDate birthday(LocalDate dob, int years) {
        return dob.plusYears(years);
    }

    /** True when the person is younger than {@code years} on {@code date}. */
    static boolean under(LocalDate dob, int years, LocalDate date) {
        return date.isBefore(birthday(dob, years));
    }

    /** The last day on which the person is still younger than {@code years}. */
    static LocalDate lastDayUnder(LocalDate dob, int years) {
        return birthday(dob, years).minusDays(1);
    }

    /**
     * Last safe filing day for a document valid for six months from {@code signed}: the six-month anniversary is
     * treated as too late (conservative reading of 8 CFR 214.14(c)(2)(i)).
     */
    static LocalDate lastDayWithinSixMonths(LocalDate signed) {
        return signed.plusMonths(6).minusDays(1);
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
