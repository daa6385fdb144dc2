package org.amparo.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Recovery codes: 22 random Crockford base32 characters (110 bits) and 2 check characters, shown in six groups of
 * four ({@code 7K2M-…}). Typing is forgiving: case, spaces and dashes are ignored, O reads as 0 and I or L as 1. The
 * check characters catch typos before any slow key derivation.
 */
final class RecoveryCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RANDOM_CHARS = 22;
    static final int LENGTH = RANDOM_CHARS + 2;
    private static final int GROUP = 4;

    private RecoveryCodes() {
    }

    static RecoveryCode generate(SecureRandom random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < RANDOM_CHARS; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        int check = check(new String(code, 0, RANDOM_CHARS));
        code[RANDOM_CHARS] = ALPHABET.charAt(check >> 5);
        code[RANDOM_CHARS + 1] = ALPHABET.charAt(check & 31);
        return new RecoveryCode(grouped(new String(code)));
    }

    /** The 24 canonical characters of a typed code, or empty when it is malformed or its check fails. */
    static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (mapped == ' ' || mapped == '-') {
                continue;
            }
            if (ALPHABET.indexOf(mapped) < 0) {
                return Optional.empty();
            }
            out.append(mapped);
        }
        if (out.length() != LENGTH) {
            return Optional.empty();
        }
        int check = check(out.substring(0, RANDOM_CHARS));
        boolean ok = ALPHABET.indexOf(out.charAt(RANDOM_CHARS)) == check >> 5
                && ALPHABET.indexOf(out.charAt(RANDOM_CHARS + 1)) == (check & 31);
        return ok ? Optional.of(out.toString()) : Optional.empty();
    }

    private static String grouped(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i += GROUP) {
            if (i > 0) {
                out.append('-');
            }
            out.append(code, i, i + GROUP);
        }
        return out.toString();
    }

    /** Ten bits of SHA-256 over the random part. */
    private static int check(String randomPart) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(randomPart.getBytes(StandardCharsets.US_ASCII));
            return ((hash[0] & 0xff) << 2) | ((hash[1] & 0xff) >> 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
