package org.amparo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Birthdays and six-month windows, including month ends and 29 February. */
class LegalDatesTest {

    @Test
    void ageChangesOnTheBirthdayItself() {
        LocalDate dob = LocalDate.of(2005, 3, 20);

        assertThat(LegalDates.ageOn(dob, LocalDate.of(2026, 3, 19))).isEqualTo(20);
        assertThat(LegalDates.ageOn(dob, LocalDate.of(2026, 3, 20))).isEqualTo(21);
        assertThat(LegalDates.under(dob, 21, LocalDate.of(2026, 3, 19))).isTrue();
        assertThat(LegalDates.under(dob, 21, LocalDate.of(2026, 3, 20))).isFalse();
        assertThat(LegalDates.dayBeforeBirthday(dob, 21)).isEqualTo(LocalDate.of(2026, 3, 19));
    }

    @Test
    void leapDayBirthdayFallsOnTheEarlier28February() {
        LocalDate dob = LocalDate.of(2008, 2, 29);

        assertThat(LegalDates.birthday(dob, 18)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(LegalDates.dayBeforeBirthday(dob, 18)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(LegalDates.ageOn(dob, LocalDate.of(2026, 2, 28))).isEqualTo(18);
        assertThat(LegalDates.ageOn(dob, LocalDate.of(2026, 2, 27))).isEqualTo(17);
    }

    @Test
    void sixMonthWindowEndsTheDayBeforeTheAnniversaryEvenAtMonthEnd() {
        assertThat(LegalDates.certificationLastDay(LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2026, 8, 9));
        assertThat(LegalDates.certificationLastDay(LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 27));
    }
}
