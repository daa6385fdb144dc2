package org.amparo.security;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.amparo.platform.db.H2FileDatabase;

/** A {@link VaultKey} holding its own copy of a database key, wiped on close. */
final class HeldVaultKey implements VaultKey {

    private final String vaultId;
    private final byte[] key;
    private volatile boolean closed;

    /** Takes ownership of {@code key}. */
    HeldVaultKey(String vaultId, byte[] key) {
        this.vaultId = vaultId;
        this.key = key;
    }

    @Override
    public String vaultId() {
        return vaultId;
    }

    @Override
    public byte[] derivedKey(String purpose) {
        return H2Keys.derive(key(), "amparo/" + purpose);
    }

    @Override
    public Connection openCopy(Path dir) throws SQLException {
        return H2FileDatabase.openCopy(dir, H2Keys.h2Password(key()));
    }

    /** A copy of the key, for reopening the vault with it; the caller wipes it. */
    byte[] keyCopy() {
        return key().clone();
    }

    private byte[] key() {
        if (closed) {
            throw new IllegalStateException("The key was closed");
        }
        return key;
    }

    @Override
    public void close() {
        closed = true;
        Arrays.fill(key, (byte) 0);
    }
}
