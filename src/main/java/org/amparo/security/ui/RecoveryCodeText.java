package org.amparo.security.ui;

import java.util.Locale;

/** How a recovery code is shown (groups of four) and compared when typed back (spaces, dashes and case ignored). */
final class RecoveryCodeText {

    private static final int GROUP = 4;

    private RecoveryCodeText() {
    }

    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String grouped(String code) {
        String plain = normalise(code);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i += GROUP) {
            if (i > 0) {
                out.append(i % (GROUP * 4) == 0 ? "\n" : "  ");
            }
            out.append(plain, i, Math.min(plain.length(), i + GROUP));
        }
        return out.toString();
    }

    static boolean matches(String code, String typed) {
        String expected = normalise(code);
        return !expected.isEmpty() && expected.equals(normalise(typed));
    }
}
