package org.amparo.security;

/**
 * Told by the vault service when a session starts (the database is open and the user signed in) and before it ends
 * (the database is still open). Used to write the sign-in, failed sign-in, lock and sign-out entries of the audit log.
 */
public interface VaultSessionListener {

    /** A listener that does nothing. */
    VaultSessionListener NONE = new VaultSessionListener() {
        @Override
        public void opened(String user, int failedAttemptsBefore) {
        }

        @Override
        public void closing(String user, LockReason reason) {
        }
    };

    /**
     * {@code user} has opened the vault; {@code failedAttemptsBefore} unlock attempts had failed since the last
     * success. An exception closes the vault again and fails the open.
     */
    void opened(String user, int failedAttemptsBefore);

    /** {@code user}'s session is about to end. Exceptions are logged and the vault locks regardless. */
    void closing(String user, LockReason reason);
}
