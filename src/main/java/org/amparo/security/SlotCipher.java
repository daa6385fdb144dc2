package org.amparo.security;

import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-256-GCM with a 128-bit tag: wraps the database key under a key-encryption key, header as associated data. */
final class SlotCipher {

    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;

    private SlotCipher() {
    }

    static byte[] wrap(byte[] kek, byte[] nonce, byte[] associatedData, byte[] databaseKey) {
        try {
            Cipher cipher = init(Cipher.ENCRYPT_MODE, kek, nonce, associatedData);
            return cipher.doFinal(databaseKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The database key, or empty when the key, header or ciphertext do not authenticate. */
    static Optional<byte[]> unwrap(byte[] kek, byte[] nonce, byte[] associatedData, byte[] wrapped) {
        try {
            Cipher cipher = init(Cipher.DECRYPT_MODE, kek, nonce, associatedData);
            return Optional.of(cipher.doFinal(wrapped));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static Cipher init(int mode, byte[] kek, byte[] nonce, byte[] aad) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(aad);
        return cipher;
    }
}
