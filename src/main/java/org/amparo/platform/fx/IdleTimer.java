package org.amparo.platform.fx;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.amparo.platform.prefs.UiPreferences;

/**
 * When the vault should lock for lack of activity: every key or mouse event is {@link #activity activity}; the timer is
 * {@link #due due} once {@code limit} has passed since the last one. Times are monotonic nanoseconds
 * ({@code System.nanoTime()}), so changing the wall clock neither locks nor keeps the vault open. No toolkit here.
 */
@Singleton
public final class IdleTimer {

    private volatile long limitNanos;
    private volatile long lastActivity;

    /** The app's timer: the limit from the preferences, counting from now. */
    @Inject
    public IdleTimer(UiPreferences preferences) {
        this(Duration.ofMinutes(preferences.idleLockMinutes()), System.nanoTime());
    }

    public IdleTimer(Duration limit, long nowNanos) {
        this.limitNanos = limit.toNanos();
        this.lastActivity = nowNanos;
    }

    public void activity(long nowNanos) {
        lastActivity = nowNanos;
    }

    /** A new limit (the setting changed); counts from the last activity. */
    public void setLimit(Duration limit) {
        this.limitNanos = limit.toNanos();
    }

    public Duration limit() {
        return Duration.ofNanos(limitNanos);
    }

    public boolean due(long nowNanos) {
        return nowNanos - lastActivity >= limitNanos;
    }
}
