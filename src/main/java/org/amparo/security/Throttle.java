package org.amparo.security;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed unlock attempts, kept in the key-slot file so they survive restarts (a count and a time, nothing about who
 * tried or what was typed). After a failure the next attempt must wait 1 s, doubling with each further failure up to
 * 60 s; after {@link #MAX_FAILURES} a password alone no longer opens: the recovery code does, or an administrator
 * signing in with her own password ({@link LockoutOverride}); either clears the count. The counter is per vault, not
 * per user: a per-user counter would give a guesser ten tries per name and, by which names lock, tell real user names
 * from made-up ones.
 */
@JsonPropertyOrder({"failures", "last_failure"})
public record Throttle(int failures, Instant lastFailure) {

    public static final int MAX_FAILURES = 10;
    public static final Throttle NONE = new Throttle(0, null);
    private static final long MAX_DELAY_SECONDS = 60;

    public Throttle {
        if (failures < 0) {
            throw new IllegalArgumentException("negative failure count");
        }
        if ((failures == 0) != (lastFailure == null)) {
            throw new IllegalArgumentException("failure count and failure time disagree");
        }
    }

    /** The wait imposed after {@code failures} failures: 0, then 1 s, 2 s, 4 s … at most 60 s. */
    public static Duration delayAfter(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long seconds = failures > 7 ? MAX_DELAY_SECONDS : Math.min(MAX_DELAY_SECONDS, 1L << (failures - 1));
        return Duration.ofSeconds(seconds);
    }

    /** How long the caller must still wait at {@code now} (zero when an attempt is allowed). */
    public Duration remainingWait(Instant now) {
        if (failures == 0) {
            return Duration.ZERO;
        }
        Duration delay = delayAfter(failures);
        Duration elapsed = Duration.between(lastFailure, now);
        if (elapsed.isNegative()) {
            return delay;
        }
        Duration remaining = delay.minus(elapsed);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    public boolean recoveryRequired() {
        return failures >= MAX_FAILURES;
    }

    /** The same count, with a failure time that lies in the future (the clock was set back) moved to {@code now}. */
    public Throttle clampedTo(Instant now) {
        return lastFailure != null && lastFailure.isAfter(now) ? new Throttle(failures, now) : this;
    }

    public Throttle failedAt(Instant now) {
        return new Throttle(failures + 1, now);
    }
}
