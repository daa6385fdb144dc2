package org.amparo.screening.relief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Birthdays and six-month windows, including month ends and 29 February. */
class AgeMathTest {

    @Test
    void ageChangesOnTheBirthdayItself() {
        LocalDate dob = LocalDate.of(2005, 3, 20);

        assertThat(AgeMath.ageOn(dob, LocalDate.of(2026, 3, 19))).isEqualTo(20);
        assertThat(AgeMath.ageOn(dob, LocalDate.of(2026, 3, 20))).isEqualTo(21);
        assertThat(AgeMath.under(dob, 21, LocalDate.of(2026, 3, 19))).isTrue();
        assertThat(AgeMath.under(dob, 21, LocalDate.of(2026, 3, 20))).isFalse();
        assertThat(AgeMath.lastDayUnder(dob, 21)).isEqualTo(LocalDate.of(2026, 3, 19));
    }

    @Test
    void leapDayBirthdayFallsOnTheEarlier28February() {
        LocalDate dob = LocalDate.of(2008, 2, 29);

        assertThat(AgeMath.birthday(dob, 18)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(AgeMath.lastDayUnder(dob, 18)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(AgeMath.ageOn(dob, LocalDate.of(2026, 2, 28))).isEqualTo(18);
        assertThat(AgeMath.ageOn(dob, LocalDate.of(2026, 2, 27))).isEqualTo(17);
    }

    @Test
    void sixMonthWindowEndsTheDayBeforeTheAnniversaryEvenAtMonthEnd() {
        assertThat(AgeMath.lastDayWithinSixMonths(LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2026, 8, 9));
        assertThat(AgeMath.lastDayWithinSixMonths(LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 27));
    }
}
