package org.amparo.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The failed-unlock rules of {@link H2VaultService} on the key-slot file: the waiting time, counting an attempt
 * before checking it, and what lifts a lockout after ten failures ({@link Throttle}, {@link LockoutOverride}).
 */
final class UnlockAttempts {

    private final Clock clock;
    private final LockoutOverride lockout;

    UnlockAttempts(Clock clock, LockoutOverride lockout) {
        this.clock = clock;
        this.lockout = lockout;
    }

    /**
     * After ten failures a right password opens only for an administrator ({@link LockoutOverride}), whose sign-in
     * clears the counter; anyone else gets the same "recovery code or administrator" answer as a wrong password.
     */
    void liftLockout(KeySlotStore store, KeySlotFile slots, String user) throws VaultException {
        if (!lockout.liftsLockout(user)) {
            throw VaultErrors.recoveryRequired();
        }
        save(store, slots.withThrottle(Throttle.NONE));
    }

    /**
     * Counts the attempt before checking it (so killing Amparo mid-check does not skip the count); a right password
     * clears the count if {@code clearOnSuccess}.
     */
    byte[] attempt(KeySlotStore store, KeySlotFile slots, KeySlot slot, char[] password,
                           boolean clearOnSuccess) throws VaultException {
        Throttle failed = slots.throttle().failedAt(clock.instant());
        save(store, slots.withThrottle(failed));
        Optional<byte[]> key = slot.unwrap(password, slots.vaultId());
        if (key.isEmpty()) {
            throw failed.recoveryRequired() ? VaultErrors.recoveryRequired()
                    : VaultErrors.wrongCredentials(Throttle.delayAfter(failed.failures()));
        }
        try {
            if (clearOnSuccess) {
                save(store, slots.withThrottle(Throttle.NONE));
            }
        } catch (VaultException e) {
            Arrays.fill(key.get(), (byte) 0);
            throw e;
        }
        return key.get();
    }

    /** Refuses an attempt made before the previous failure's delay has passed. */
    KeySlotFile checkThrottle(KeySlotStore store, KeySlotFile slots) throws VaultException {
        Instant now = clock.instant();
        Throttle clamped = slots.throttle().clampedTo(now);
        KeySlotFile current = slots;
        if (!clamped.equals(slots.throttle())) {
            current = slots.withThrottle(clamped);
            save(store, current);
        }
        Duration wait = clamped.remainingWait(now);
        if (!wait.isZero()) {
            throw clamped.recoveryRequired() ? VaultErrors.recoveryRequired(wait) : VaultErrors.tooSoon(wait);
        }
        return current;
    }

    /** Both slot files were damaged: keep them aside and start new ones holding the recovery slot. */
    static void rebuildSlotFiles(KeySlotStore store, KeySlotFile recoveryOnly) throws VaultException {
        try {
            store.setAsideDamaged();
            store.write(recoveryOnly.withThrottle(Throttle.NONE));
        } catch (IOException e) {
            throw VaultErrors.cannotWrite(store.dir(), e);
        }
    }

    static void save(KeySlotStore store, KeySlotFile file) throws VaultException {
        try {
            store.write(file);
        } catch (IOException e) {
            throw VaultErrors.cannotWrite(store.dir(), e);
        }
    }
}
