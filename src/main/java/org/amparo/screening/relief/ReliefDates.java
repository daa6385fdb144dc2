package org.amparo.screening.relief;

import java.time.LocalDate;

/** Small date helpers of the relief screeners; the legal formulas themselves live in {@code deadlines.LegalDates}. */
final class ReliefDates {

    private ReliefDates() {
    }

    /** The date a filing is judged on: the filed date when she has filed, otherwise the evaluation date. */
    static LocalDate filingReference(LocalDate filedDate, LocalDate asOf) {
        return filedDate != null ? filedDate : asOf;
    }

    /** True when {@code day} is on or before {@code lastDay}. */
    static boolean onOrBefore(LocalDate day, LocalDate lastDay) {
        return !day.isAfter(lastDay);
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
