package org.amparo.security;

import java.text.Normalizer;
import java.util.Locale;

/** User names as typed: trimmed, compared case-insensitively after Unicode normalisation. */
final class UserNames {

    static final int MAX_LENGTH = 64;

    private UserNames() {
    }

    /** The name to store, or {@code null} if it is empty, too long or has control characters or brackets. */
    static String clean(String typed) {
        if (typed == null) {
            return null;
        }
        String name = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            return null;
        }
        boolean bad = name.chars().anyMatch(c -> Character.isISOControl(c) || c == '(' || c == ')');
        return bad ? null : name;
    }

    static boolean sameUser(String stored, String typed) {
        String cleaned = clean(typed);
        return cleaned != null && stored.toLowerCase(Locale.ROOT).equals(cleaned.toLowerCase(Locale.ROOT));
    }
}
