package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    @ParameterizedTest(name = "after {0} failures wait {1} s")
    @CsvSource({"0,0", "1,1", "2,2", "3,4", "4,8", "5,16", "6,32", "7,60", "9,60", "10,60", "40,60"})
    void delayDoublesFromOneSecondUpToAMinute(int failures, long seconds) {
        assertThat(Throttle.delayAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void waitCountsFromTheLastFailure() {
        Instant failure = Instant.parse("2026-01-05T10:00:00Z");
        Throttle throttle = new Throttle(3, failure);

        assertThat(throttle.remainingWait(failure.plusSeconds(1))).isEqualTo(Duration.ofSeconds(3));
        assertThat(throttle.remainingWait(failure.plusSeconds(4))).isZero();
    }

    @Test
    void aClockSetBackDoesNotLockTheVaultUntilTheOldTimeComesRound() {
        Instant failure = Instant.parse("2026-01-05T10:00:00Z");
        Instant dayBefore = failure.minus(Duration.ofDays(1));
        Throttle clamped = new Throttle(2, failure).clampedTo(dayBefore);

        assertThat(clamped.remainingWait(dayBefore.plusSeconds(2))).isZero();
        assertThat(clamped.failures()).isEqualTo(2);
    }

    @Test
    void tenFailuresRequireRecovery() {
        Instant now = Instant.parse("2026-01-05T10:00:00Z");
        assertThat(new Throttle(9, now).recoveryRequired()).isFalse();
        assertThat(new Throttle(9, now).failedAt(now).recoveryRequired()).isTrue();
    }
}
