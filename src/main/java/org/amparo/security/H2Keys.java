package org.amparo.security;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;

/**
 * The key material H2 receives, derived from the random database key with HMAC-SHA256 and fixed labels: H2's
 * {@code PASSWORD} is {@code "<file key hex> <user password hex>"}. H2 never sees a typed password.
 */
final class H2Keys {

    private static final String FILE_KEY_LABEL = "amparo/h2-file-key/v1";
    private static final String USER_PASSWORD_LABEL = "amparo/h2-user-password/v1";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private H2Keys() {
    }

    static char[] h2Password(byte[] databaseKey) {
        return h2Password(databaseKey, databaseKey);
    }

    /** H2's password with the file-key part from {@code fileKeyOf} and the user-password part from {@code userOf}. */
    static char[] h2Password(byte[] fileKeyOf, byte[] userOf) {
        byte[] fileKey = hmac(fileKeyOf, FILE_KEY_LABEL);
        byte[] userPassword = hmac(userOf, USER_PASSWORD_LABEL);
        char[] out = new char[fileKey.length * 2 + 1 + userPassword.length * 2];
        int at = writeHex(fileKey, out, 0);
        out[at++] = ' ';
        writeHex(userPassword, out, at);
        Arrays.fill(fileKey, (byte) 0);
        Arrays.fill(userPassword, (byte) 0);
        return out;
    }

    /** Only the file-key part of H2's password (what {@code ChangeFileEncryption} takes). */
    static char[] fileKeyChars(byte[] databaseKey) {
        return hex(hmac(databaseKey, FILE_KEY_LABEL));
    }

    /** Only the user-password part of H2's password. */
    static char[] userPasswordChars(byte[] databaseKey) {
        return hex(hmac(databaseKey, USER_PASSWORD_LABEL));
    }

    private static char[] hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        writeHex(bytes, out, 0);
        Arrays.fill(bytes, (byte) 0);
        return out;
    }

    private static int writeHex(byte[] bytes, char[] out, int at) {
        int position = at;
        for (byte b : bytes) {
            out[position++] = HEX[(b >> 4) & 0xf];
            out[position++] = HEX[b & 0xf];
        }
        return position;
    }

    /** HMAC-SHA256 of {@code label} under {@code databaseKey}: a purpose-bound key that reveals nothing of it. */
    static byte[] derive(byte[] databaseKey, String label) {
        return hmac(databaseKey, label);
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
