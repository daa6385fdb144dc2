package org.amparo.security;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The database (H2 file) key of a vault whose key was rotated, wrapped with AES-256-GCM under a key derived from the
 * vault key that the slots unwrap ({@code HMAC-SHA256(vaultKey, "amparo/database-key-wrap/v1")}); associated data:
 * "amparo-database-key", vault id and generation. A vault never rotated has none: its database key is the vault key.
 * The slots themselves never change on rotation, so every password and the recovery code keep working.
 */
@JsonPropertyOrder({"generation", "nonce", "wrapped_key"})
public record DatabaseKeyWrap(int generation, String nonce, String wrappedKey) {

    static final String WRAP_PURPOSE = "amparo/database-key-wrap/v1";
    private static final HexFormat HEX = HexFormat.of();

    public DatabaseKeyWrap {
        if (generation < 1 || nonce == null || nonce.length() != SlotCipher.NONCE_BYTES * 2 || wrappedKey == null
                || wrappedKey.length() != (KeySlot.DATABASE_KEY_BYTES + SlotCipher.TAG_BITS / 8) * 2) {
            throw new IllegalArgumentException("incomplete database key");
        }
    }

    /** Wraps {@code databaseKey} for generation {@code generation} under {@code vaultKey}. */
    static DatabaseKeyWrap seal(byte[] vaultKey, String vaultId, int generation, byte[] databaseKey,
                                SecureRandom random) {
        byte[] nonce = new byte[SlotCipher.NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] kek = H2Keys.derive(vaultKey, WRAP_PURPOSE);
        try {
            byte[] wrapped = SlotCipher.wrap(kek, nonce, associatedData(vaultId, generation), databaseKey);
            return new DatabaseKeyWrap(generation, HEX.formatHex(nonce), HEX.formatHex(wrapped));
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The database key, or empty if {@code vaultKey} is not this vault's or the entry was changed. */
    Optional<byte[]> unwrap(byte[] vaultKey, String vaultId) {
        byte[] kek = H2Keys.derive(vaultKey, WRAP_PURPOSE);
        try {
            return SlotCipher.unwrap(kek, HEX.parseHex(nonce), associatedData(vaultId, generation),
                    HEX.parseHex(wrappedKey));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private static byte[] associatedData(String vaultId, int generation) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF("amparo-database-key");
            out.writeUTF(vaultId);
            out.writeInt(generation);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
