package org.amparo.security;

import java.util.function.LongSupplier;

/**
 * Says yes the first time it is asked in each vault session and no after that, for things shown once per sign-in
 * (the week's reminder, the scheduled-purge question) but not again when the window is only rebuilt.
 */
public final class OncePerUnlock {

    private final LongSupplier session;
    private Long askedIn;

    /** @param session a number that changes each time the vault is opened (e.g. {@code VaultKeys::session}) */
    public OncePerUnlock(LongSupplier session) {
        this.session = session;
    }

    /** Whether this is the first time it is asked since the vault was opened. */
    public synchronized boolean firstTime() {
        long now = session.getAsLong();
        boolean first = askedIn == null || askedIn != now;
        askedIn = now;
        return first;
    }
}
