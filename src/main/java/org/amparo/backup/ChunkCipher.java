package org.amparo.backup;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM over a stream cut into chunks of at most {@value #CHUNK_BYTES} bytes. Each chunk's nonce is its index
 * and a "last chunk" flag, so chunks cannot be reordered, dropped or cut off without failing a tag; every chunk
 * authenticates the file's header. A fresh file key per backup (HMAC of the backup key and the file's random salt)
 * means nonces never repeat under one key.
 */
final class ChunkCipher {

    static final int CHUNK_BYTES = 1 << 20;
    static final int TAG_BYTES = 16;
    static final int SALT_BYTES = 32;

    private final SecretKeySpec key;
    private final byte[] headerHash;

    ChunkCipher(byte[] backupKey, byte[] salt, byte[] headerHash) {
        this.key = new SecretKeySpec(fileKey(backupKey, salt), "AES");
        this.headerHash = headerHash.clone();
    }

    byte[] seal(long index, boolean last, byte[] plain, int length) {
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, index, last);
            return cipher.doFinal(plain, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    byte[] open(long index, boolean last, byte[] sealed) throws DamagedBackupException {
        try {
            return cipher(Cipher.DECRYPT_MODE, index, last).doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new DamagedBackupException("The backup is damaged, was changed, or is not for this vault "
                    + "(part " + (index + 1) + " fails its check).", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private Cipher cipher(int mode, long index, boolean last) throws GeneralSecurityException {
        byte[] nonce = ByteBuffer.allocate(12).putLong(index).put((byte) (last ? 1 : 0)).array();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        cipher.updateAAD(headerHash);
        return cipher;
    }

    private static byte[] fileKey(byte[] backupKey, byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(backupKey, "HmacSHA256"));
            return mac.doFinal(salt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
