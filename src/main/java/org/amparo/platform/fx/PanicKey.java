package org.amparo.platform.fx;

import java.time.Duration;

/**
 * The panic key: Esc pressed twice within {@link #WINDOW}. Feed it every Esc press (and any other key as
 * {@link #otherKey()}); it answers true on the second Esc of a quick pair. No toolkit here.
 */
public final class PanicKey {

    public static final Duration WINDOW = Duration.ofMillis(500);

    private long lastEsc = Long.MIN_VALUE;
    private boolean armed;

    /** An Esc press at {@code nowNanos}; true when it completes a panic pair. */
    public synchronized boolean escape(long nowNanos) {
        if (armed && nowNanos - lastEsc <= WINDOW.toNanos()) {
            armed = false;
            return true;
        }
        armed = true;
        lastEsc = nowNanos;
        return false;
    }

    /** Any other key breaks a pair (Esc, letter, Esc is not a panic). */
    public synchronized void otherKey() {
        armed = false;
    }
}
