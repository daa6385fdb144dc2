package org.amparo.security;

/**
 * Decides, after ten failed unlocks (see {@link Throttle}), whether the person who just gave a correct password may
 * open the vault and clear the counter: an administrator may, nobody else. Asked while the database is already open
 * (before the session starts), so it can read the user's roles.
 */
public interface LockoutOverride {

    /** Nobody lifts a lockout: only the recovery code opens. */
    LockoutOverride NOBODY = user -> false;

    /** Whether {@code user}, whose password was right, may open a locked-out vault. */
    boolean liftsLockout(String user);
}
