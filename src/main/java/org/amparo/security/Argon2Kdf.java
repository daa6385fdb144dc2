package org.amparo.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id (Bouncy Castle) from a typed secret to a 256-bit key-encryption key. */
final class Argon2Kdf {

    static final int KEY_BYTES = 32;

    private Argon2Kdf() {
    }

    /** Derives the key-encryption key; the UTF-8 copy of the secret is wiped before returning. */
    static byte[] derive(char[] secret, byte[] salt, KdfParams params) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKib())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] secretBytes = utf8(secret);
        byte[] key = new byte[KEY_BYTES];
        try {
            generator.generateBytes(secretBytes, key);
        } finally {
            Arrays.fill(secretBytes, (byte) 0);
        }
        return key;
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
