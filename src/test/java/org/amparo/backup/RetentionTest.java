package org.amparo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Retention table: each row names its rule, the backups (as hours before now) and how many are kept. */
class RetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    /** Now is Sunday 2026-11-22 12:00 UTC; ISO weeks start on Monday. */
    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("R1 no backups, nothing kept", List.of(), 0),
                Arguments.of("R2 the newest is always kept, however old", List.of(24 * 400L), 1),
                Arguments.of("R3 every backup of the last 24 hours is kept", hourly(0, 12, 2), 12),
                Arguments.of("R4 hourly backups 25-72 h ago: the newest of each of 3 days", hourly(25, 48, 1), 3),
                Arguments.of("R5 20 daily backups: 14 dailies; weeks and month add nothing newer", daily(1, 20), 14),
                Arguments.of("R6 70 daily: 14 dailies + 5 older weeks (8 weekly) + Oct 31 and Sep 30 (monthly)",
                        daily(1, 70), 21),
                Arguments.of("R7 400 daily: 14 dailies + 5 older weeks + 11 older month-ends (12 monthly)",
                        daily(1, 400), 30),
                Arguments.of("R8 after a 100-day pause the 14 newest days still count, + Jul 26 week, Jul 31 month",
                        daily(100, 20), 16));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void keepsWhatTheRuleSays(String rule, List<Long> hoursAgo, int kept) {
        List<Instant> backups = hoursAgo.stream().map(h -> NOW.minus(Duration.ofHours(h))).toList();

        Set<Instant> keep = Retention.keep(backups, NOW, ZoneOffset.UTC);

        assertThat(keep).as(rule).hasSize(kept);
        assertThat(backups).as(rule).containsAll(keep);
    }

    /** {@code count} backups every {@code step} hours, starting {@code from} hours ago. */
    private static List<Long> hourly(long from, int count, long step) {
        List<Long> hours = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            hours.add(from + i * step);
        }
        return hours;
    }

    /** One backup a day at this hour for {@code count} days, starting {@code fromDays} days ago. */
    private static List<Long> daily(long fromDays, int count) {
        return hourly(fromDays * 24, count, 24);
    }
}
