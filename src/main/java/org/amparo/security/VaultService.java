package org.amparo.security;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The encrypted vault: a folder with an H2 database encrypted under a random key and a key-slot file that wraps that
 * key once per user (Argon2id → AES-256-GCM) and once for the recovery code. Opening a vault makes
 * {@code platform.db.Database} usable; locking closes it and forgets the key.
 *
 * <p>All methods block (Argon2id takes about half a second): call them from a background task, never the FX thread.
 */
public interface VaultService {

    /** What is at {@code dir}, without opening anything. */
    VaultState inspect(Path dir);

    /**
     * Creates a vault at {@code dir} with its first administrator, opens it, and returns the recovery code (shown
     * once). Refuses to overwrite an existing vault.
     */
    RecoveryCode create(Path dir, String adminName, char[] password) throws VaultException;

    /** Opens the vault as {@code user}. The same error whether the user or the password was wrong. */
    void open(Path dir, String user, char[] password) throws VaultException;

    /** Opens the vault with the recovery code (for a forgotten password or a locked-out account). */
    void openWithRecoveryCode(Path dir, String recoveryCode) throws VaultException;

    /**
     * Adds {@code user} to the open vault, or replaces her password if she already has one (for example after the
     * vault was opened with the recovery code). The recovery code keeps working. Role checks belong to the caller.
     *
     * @throws VaultException {@code INVALID_INPUT} for an unusable user name or a password that fails
     *         {@link PasswordPolicy}; {@code SLOTS_DAMAGED} or {@code IO} if the key file cannot be read or written
     * @throws IllegalStateException if the vault is locked
     */
    void setPassword(String user, char[] password) throws VaultException;

    /** Closes the database (with a synced checkpoint) and forgets the key. Safe to call when already locked. */
    void lock();

    boolean isOpen();

    /**
     * A 256-bit key derived from the open vault's database key for one purpose (HMAC-SHA256 over
     * {@code "amparo/" + purpose}), e.g. {@code "audit-hmac/v1"} or {@code "backup/v1"}: the same vault and purpose
     * always give the same key, and the database key itself never leaves the vault service. The caller should zero
     * the array when done.
     *
     * @throws IllegalStateException if the vault is locked
     */
    byte[] derivedKey(String purpose);

    /** The signed-in user's name while open. */
    Optional<String> currentUser();

    enum VaultState { MISSING, EMPTY_FOLDER, NOT_A_VAULT, VAULT }
}
