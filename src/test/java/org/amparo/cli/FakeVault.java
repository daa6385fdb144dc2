package org.amparo.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amparo.security.RecoveryCode;
import org.amparo.security.VaultException;
import org.amparo.security.VaultKeys;
import org.amparo.security.VaultService;

/** An in-memory stand-in for the encrypted vault: remembers which folders hold a vault and who is signed in. */
final class FakeVault implements VaultService, VaultKeys {

    static final String RECOVERY = "FAKE-RCVR-CODE-0001";
    private final Set<Path> vaults = new HashSet<>();
    private String user;
    int locks;
    private long sessions;

    @Override
    public VaultState inspect(Path dir) {
        return vaults.contains(dir) ? VaultState.VAULT : VaultState.MISSING;
    }

    @Override
    public RecoveryCode create(Path dir, String adminName, char[] password) throws VaultException {
        if (vaults.contains(dir)) {
            throw new VaultException(VaultException.Reason.ALREADY_EXISTS, "A vault already exists there.");
        }
        if (password.length < 12) {
            throw new VaultException(VaultException.Reason.INVALID_INPUT, "The password is too weak.");
        }
        vaults.add(dir);
        user = adminName;
        sessions++;
        return new RecoveryCode(RECOVERY);
    }

    @Override
    public void open(Path dir, String name, char[] password) throws VaultException {
        if (!vaults.contains(dir)) {
            throw new VaultException(VaultException.Reason.NOT_FOUND, "No vault there.");
        }
        user = name;
        sessions++;
    }

    @Override
    public void openWithRecoveryCode(Path dir, String recoveryCode) {
        user = "recovery";
    }

    @Override
    public void setPassword(String name, char[] password) throws VaultException {
        if (user == null) {
            throw new IllegalStateException("The vault is locked");
        }
        if (password.length < 12) {
            throw new VaultException(VaultException.Reason.INVALID_INPUT, "The password is too weak.");
        }
    }

    @Override
    public void lock() {
        locks++;
        user = null;
    }

    @Override
    public boolean isOpen() {
        return user != null;
    }

    @Override
    public Optional<String> currentUser() {
        return Optional.ofNullable(user);
    }

    @Override
    public byte[] derivedKey(String purpose) {
        if (user == null) {
            throw new IllegalStateException("The vault is locked");
        }
        return java.util.Arrays.copyOf(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8), 32);
    }

    /** The signed-in user is the vault's only slot user (so a fresh vault's first user becomes its administrator). */
    @Override
    public List<String> slotUsers() {
        return user == null ? List.of() : List.of(user);
    }

    @Override
    public boolean removePassword(String name) {
        return false;
    }

    @Override
    public long session() {
        return sessions;
    }
}
