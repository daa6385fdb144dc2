package org.amparo.platform.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.amparo.platform.prefs.InMemoryUiPreferences;
import org.junit.jupiter.api.Test;

class IdleAndPanicKeyTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    @Test
    void theVaultIsDueToLockAfterTheLimitWithoutActivityAndActivityRestartsTheCount() {
        IdleTimer idle = new IdleTimer(Duration.ofMinutes(5), 0);
        assertThat(idle.due(299 * SECOND)).isFalse();
        assertThat(idle.due(300 * SECOND)).isTrue();

        idle.activity(200 * SECOND);
        assertThat(idle.due(300 * SECOND)).isFalse();
        assertThat(idle.due(500 * SECOND)).isTrue();

        idle.setLimit(Duration.ofMinutes(15));
        assertThat(idle.due(500 * SECOND)).isFalse();
        assertThat(idle.due(1100 * SECOND)).isTrue();
    }

    @Test
    void theDelayComesFromThePreferencesDefaultFiveMinutesClampedToOneToFifteen() {
        InMemoryUiPreferences preferences = new InMemoryUiPreferences();
        assertThat(new IdleTimer(preferences).limit()).isEqualTo(Duration.ofMinutes(5));
        preferences.setIdleLockMinutes(0);
        assertThat(preferences.idleLockMinutes()).isEqualTo(1);
        preferences.setIdleLockMinutes(40);
        assertThat(new IdleTimer(preferences).limit()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void escTwiceWithinHalfASecondIsAPanicAndASlowOrBrokenPairIsNot() {
        PanicKey key = new PanicKey();
        assertThat(key.escape(0)).isFalse();
        assertThat(key.escape(400 * MS)).isTrue();

        assertThat(key.escape(10 * SECOND)).isFalse();
        assertThat(key.escape(10 * SECOND + 600 * MS)).isFalse();
        assertThat(key.escape(10 * SECOND + 900 * MS)).isTrue();

        assertThat(key.escape(20 * SECOND)).isFalse();
        key.otherKey();
        assertThat(key.escape(20 * SECOND + 100 * MS)).isFalse();
        assertThat(key.escape(20 * SECOND + 200 * MS)).isTrue();
        assertThat(key.escape(20 * SECOND + 300 * MS)).as("a third Esc starts a new pair").isFalse();
    }
}
