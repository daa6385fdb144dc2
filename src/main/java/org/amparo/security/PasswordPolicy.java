package org.amparo.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * The password rule for vault users: at least {@value #MIN_LENGTH} characters and a zxcvbn score of at least
 * {@value #MIN_SCORE}. Pure and thread-safe; the first call loads zxcvbn's dictionaries (about a second), so warm it
 * off the FX thread.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MIN_SCORE = 2;
    public static final String HINT_TOO_SHORT = "password.hint.tooShort";
    public static final String HINT_WEAK = "password.hint.weak";
    public static final String HINT_OK = "password.hint.ok";
    public static final String HINT_STRONG = "password.hint.strong";

    private PasswordPolicy() {
    }

    /** Assesses {@code password} without changing or keeping it. */
    public static PasswordAssessment assess(char[] password) {
        int length = password == null ? 0 : Character.codePointCount(password, 0, password.length);
        if (length == 0) {
            return new PasswordAssessment(0, false, HINT_TOO_SHORT);
        }
        char[] copy = password.clone();
        Strength strength = Holder.ZXCVBN.measure(CharBuffer.wrap(copy));
        int score = strength.getScore();
        strength.wipe();
        Arrays.fill(copy, '\0');
        if (length < MIN_LENGTH) {
            return new PasswordAssessment(score, false, HINT_TOO_SHORT);
        }
        if (score < MIN_SCORE) {
            return new PasswordAssessment(score, false, HINT_WEAK);
        }
        return new PasswordAssessment(score, true, score >= 4 ? HINT_STRONG : HINT_OK);
    }

    private static final class Holder {
        private static final Zxcvbn ZXCVBN = new Zxcvbn();
    }
}
