package org.amparo.security;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.amparo.platform.db.H2FileDatabase;

/**
 * A {@link VaultKey} holding its own copies of a vault key (what the slots unwrap; purpose keys derive from it) and
 * of the H2 file key (the same bytes until the key is first rotated), wiped on close.
 */
final class HeldVaultKey implements VaultKey {

    private final String vaultId;
    private final byte[] key;
    private final byte[] fileKey;
    private volatile boolean closed;

    /** Takes ownership of both keys. */
    HeldVaultKey(String vaultId, byte[] key, byte[] fileKey) {
        this.vaultId = vaultId;
        this.key = key;
        this.fileKey = fileKey;
    }

    /** The key {@code slots} unwraps as {@code vaultKey} (whose ownership it takes), with its file key. */
    static HeldVaultKey of(KeySlotFile slots, byte[] vaultKey) throws VaultException {
        byte[] file = slots.fileKey(vaultKey).orElse(null);
        if (file == null) {
            Arrays.fill(vaultKey, (byte) 0);
            throw VaultErrors.slotsDamaged();
        }
        return new HeldVaultKey(slots.vaultId(), vaultKey, file);
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
        key();
        return H2FileDatabase.openCopy(dir, H2Keys.h2Password(fileKey));
    }

    @Override
    public VaultKey forKeySlotFile(byte[] keySlotFile) {
        KeySlotFile slots;
        try {
            slots = KeySlotCodec.decode(keySlotFile);
        } catch (KeySlotCodec.DamagedSlotFileException e) {
            throw new IllegalArgumentException("The key file is damaged: " + e.getMessage(), e);
        }
        if (!slots.vaultId().equals(vaultId)) {
            throw new IllegalArgumentException("The key file belongs to another vault");
        }
        byte[] file = slots.fileKey(key()).orElseThrow(
                () -> new IllegalArgumentException("The key file's database key does not open with this key"));
        return new HeldVaultKey(vaultId, key().clone(), file);
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
        Arrays.fill(fileKey, (byte) 0);
    }
}
