package org.amparo.security;

import java.nio.file.Path;
import java.util.Optional;

/** A vault service for audit tests: always open as one user, with a fixed database key; nothing else works. */
final class KeyedTestVault implements VaultService {

    private final byte[] databaseKey;
    private volatile String user;

    KeyedTestVault(byte[] databaseKey, String user) {
        this.databaseKey = databaseKey.clone();
        this.user = user;
    }

    void signIn(String name) {
        this.user = name;
    }

    @Override
    public VaultState inspect(Path dir) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RecoveryCode create(Path dir, String adminName, char[] password) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void open(Path dir, String name, char[] password) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void openWithRecoveryCode(Path dir, String recoveryCode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setPassword(String name, char[] password) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void lock() {
        user = null;
    }

    @Override
    public boolean isOpen() {
        return user != null;
    }

    @Override
    public byte[] derivedKey(String purpose) {
        if (user == null) {
            throw new IllegalStateException("The vault is locked");
        }
        return H2Keys.derive(databaseKey, "amparo/" + purpose);
    }

    @Override
    public Optional<String> currentUser() {
        return Optional.ofNullable(user);
    }
}
