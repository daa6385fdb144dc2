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
 * One key slot: the random database key wrapped with AES-256-GCM under a key that Argon2id derives from a user's
 * password (or the recovery code). Binary fields are lower-case hex. The header (version, kind, vault id, user,
 * Argon2id parameters, salt, nonce) is the associated data, so changing any of it makes the slot fail to unwrap.
 * See {@link KeySlotFile} for the file around it.
 */
@JsonPropertyOrder({"version", "kind", "user", "kdf", "salt", "nonce", "wrapped_key"})
public record KeySlot(int version, SlotKind kind, String user, KdfParams kdf, String salt, String nonce,
                      String wrappedKey) {

    public static final int VERSION = 1;
    static final int SALT_BYTES = 16;
    static final int DATABASE_KEY_BYTES = 32;
    private static final int WRAPPED_BYTES = DATABASE_KEY_BYTES + SlotCipher.TAG_BITS / 8;
    private static final HexFormat HEX = HexFormat.of();

    public KeySlot {
        if (version != VERSION) {
            throw new IllegalArgumentException("unsupported slot version " + version);
        }
        if (kind == null || user == null || kdf == null) {
            throw new IllegalArgumentException("incomplete slot");
        }
        if (kind == SlotKind.RECOVERY != user.isEmpty()) {
            throw new IllegalArgumentException("a recovery slot has no user, a user slot has one");
        }
        requireHex(salt, SALT_BYTES);
        requireHex(nonce, SlotCipher.NONCE_BYTES);
        requireHex(wrappedKey, WRAPPED_BYTES);
    }

    /** Wraps {@code databaseKey} for {@code secret} with fresh salt and nonce. */
    static KeySlot seal(SlotKind kind, String user, char[] secret, byte[] databaseKey, KdfParams kdf,
                        String vaultId, SecureRandom random) {
        byte[] salt = randomBytes(random, SALT_BYTES);
        byte[] nonce = randomBytes(random, SlotCipher.NONCE_BYTES);
        byte[] kek = Argon2Kdf.derive(secret, salt, kdf);
        try {
            byte[] aad = associatedData(vaultId, VERSION, kind, user, kdf, salt, nonce);
            byte[] wrapped = SlotCipher.wrap(kek, nonce, aad, databaseKey);
            return new KeySlot(VERSION, kind, user, kdf, HEX.formatHex(salt), HEX.formatHex(nonce),
                    HEX.formatHex(wrapped));
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** A slot no secret opens, with the given cost: unknown user names are checked against it. */
    static KeySlot decoy(KdfParams kdf, SecureRandom random) {
        return new KeySlot(VERSION, SlotKind.USER, "-", kdf, HEX.formatHex(randomBytes(random, SALT_BYTES)),
                HEX.formatHex(randomBytes(random, SlotCipher.NONCE_BYTES)),
                HEX.formatHex(randomBytes(random, WRAPPED_BYTES)));
    }

    /** The database key if {@code secret} is right and nothing in the slot was changed; the caller wipes it. */
    Optional<byte[]> unwrap(char[] secret, String vaultId) {
        byte[] saltBytes = HEX.parseHex(salt);
        byte[] nonceBytes = HEX.parseHex(nonce);
        byte[] kek = Argon2Kdf.derive(secret, saltBytes, kdf);
        try {
            byte[] aad = associatedData(vaultId, version, kind, user, kdf, saltBytes, nonceBytes);
            return SlotCipher.unwrap(kek, nonceBytes, aad, HEX.parseHex(wrappedKey));
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    boolean belongsTo(String userName) {
        return kind == SlotKind.USER && UserNames.sameUser(user, userName);
    }

    static byte[] associatedData(String vaultId, int version, SlotKind kind, String user, KdfParams kdf,
                                 byte[] salt, byte[] nonce) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF("amparo-keyslot");
            out.writeInt(version);
            out.writeUTF(kind.name());
            out.writeUTF(vaultId);
            out.writeUTF(user);
            out.writeUTF(kdf.algorithm());
            out.writeInt(kdf.memoryKib());
            out.writeInt(kdf.iterations());
            out.writeInt(kdf.parallelism());
            out.writeInt(salt.length);
            out.write(salt);
            out.writeInt(nonce.length);
            out.write(nonce);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] randomBytes(SecureRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void requireHex(String value, int bytes) {
        if (value == null || value.length() != bytes * 2) {
            throw new IllegalArgumentException("expected " + bytes + " bytes of hex");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                throw new IllegalArgumentException("expected lower-case hex");
            }
        }
    }
}
