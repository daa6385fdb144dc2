package org.amparo.screening.relief;

import java.time.LocalDate;

/**
 * When the principal's petition was or will be filed: the actual filing date when known; otherwise the planned
 * date, but never earlier than {@code asOf} (a petition not yet filed cannot be filed in the past).
 */
record UtFiling(LocalDate filed, LocalDate planned, LocalDate asOf) {

    boolean isFiled() {
        return filed != null;
    }

    /** The filing date the rules are applied to. */
    LocalDate date() {
        if (filed != null) {
            return filed;
        }
        return planned == null ? asOf : ReliefDates.later(planned, asOf);
    }

    /** Words saying which date {@link #date()} is, for reasons. */
    String basis() {
        if (filed != null) {
            return "the filing date " + filed;
        }
        if (planned != null && !planned.isBefore(asOf)) {
            return "the planned filing date " + planned;
        }
        return "the screening date " + asOf + " (not yet filed)";
    }
}
