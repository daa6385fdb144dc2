package org.amparo.testing;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.security.RecoveryCode;
import org.amparo.security.VaultException;
import org.amparo.security.VaultKeys;
import org.amparo.security.VaultService;

/** An in-memory vault service for UI tests: vaults are entries in a map, nothing touches the disk. */
@Singleton
public final class FakeVaultService implements VaultService, VaultKeys {

    /** The recovery code every fake vault gets. */
    public static final String RECOVERY_CODE = "K7QM-2XWP-9RTB-4HJD-VN6C-8FYL";

    private record Vault(String user, String password) { }

    /** A password set through {@link #setPassword}, in the order they were set. */
    public record PasswordSet(Path dir, String user, String password) { }

    private final Map<Path, Vault> vaults = new HashMap<>();
    private final List<PasswordSet> passwordsSet = new ArrayList<>();
    private Path openDir;
    private Duration delayAfterFailure = Duration.ofSeconds(3);
    private VaultException nextFailure;
    private String openUser;
    private long sessions;

    public void addVault(Path dir, String user, String password) {
        vaults.put(dir, new Vault(user, password));
    }

    public void failNextWith(VaultException failure) {
        this.nextFailure = failure;
    }

    public void setDelayAfterFailure(Duration delay) {
        this.delayAfterFailure = delay;
    }

    @Override
    public synchronized VaultState inspect(Path dir) {
        return vaults.containsKey(dir) ? VaultState.VAULT : VaultState.MISSING;
    }

    @Override
    public synchronized RecoveryCode create(Path dir, String adminName, char[] password) throws VaultException {
        throwPlannedFailure();
        if (vaults.containsKey(dir)) {
            throw new VaultException(VaultException.Reason.ALREADY_EXISTS, "exists");
        }
        vaults.put(dir, new Vault(adminName, new String(password)));
        openUser = adminName;
        openDir = dir;
        sessions++;
        return new RecoveryCode(RECOVERY_CODE);
    }

    @Override
    public synchronized void open(Path dir, String user, char[] password) throws VaultException {
        throwPlannedFailure();
        Vault vault = vaults.get(dir);
        if (vault == null) {
            throw new VaultException(VaultException.Reason.NOT_FOUND, "no vault");
        }
        if (!vault.user().equals(user) || !vault.password().equals(new String(password))) {
            throw new VaultException(VaultException.Reason.WRONG_CREDENTIALS, "wrong", delayAfterFailure, null);
        }
        openUser = user;
        openDir = dir;
        sessions++;
    }

    @Override
    public synchronized void openWithRecoveryCode(Path dir, String recoveryCode) throws VaultException {
        throwPlannedFailure();
        String typed = recoveryCode.replaceAll("[\\s-]", "").toUpperCase();
        if (!vaults.containsKey(dir) || !typed.equals(RECOVERY_CODE.replace("-", ""))) {
            throw new VaultException(VaultException.Reason.WRONG_RECOVERY_CODE, "wrong code");
        }
        openUser = vaults.get(dir).user();
        openDir = dir;
        sessions++;
    }

    /** Gives {@code user} the password (the fake keeps the latest one per vault); weak means under 12 characters. */
    @Override
    public synchronized void setPassword(String user, char[] password) throws VaultException {
        if (openUser == null) {
            throw new IllegalStateException("The vault is locked");
        }
        throwPlannedFailure();
        if (user.isBlank() || password.length < 12) {
            throw new VaultException(VaultException.Reason.INVALID_INPUT, "bad name or weak password");
        }
        vaults.put(openDir, new Vault(user.strip(), new String(password)));
        passwordsSet.add(new PasswordSet(openDir, user.strip(), new String(password)));
    }

    public synchronized List<PasswordSet> passwordsSet() {
        return List.copyOf(passwordsSet);
    }

    private void throwPlannedFailure() throws VaultException {
        if (nextFailure != null) {
            VaultException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
    }

    @Override
    public synchronized void lock() {
        openUser = null;
        openDir = null;
    }

    @Override
    public synchronized boolean isOpen() {
        return openUser != null;
    }

    @Override
    public synchronized Optional<String> currentUser() {
        return Optional.ofNullable(openUser);
    }

    @Override
    public byte[] derivedKey(String purpose) {
        if (openUser == null) {
            throw new IllegalStateException("The vault is locked");
        }
        return java.util.Arrays.copyOf(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8), 32);
    }

    /** The open vault's one user (the fake keeps one password per vault). */
    @Override
    public synchronized List<String> slotUsers() {
        return openDir == null ? List.of() : List.of(vaults.get(openDir).user());
    }

    @Override
    public synchronized boolean removePassword(String user) {
        return false;
    }

    @Override
    public synchronized long session() {
        return sessions;
    }
}
