package org.amparo.clients.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.amparo.clients.PersonValidation;

/** Pure validation rules for the client form; blank means "unknown" and is always allowed. */
final class ClientRules {

    private static final Pattern PHONE_CHARS = Pattern.compile("[+\\d\\s().-]+");

    private ClientRules() {
    }

    /** "A123456789", "123-456-789", "a 12345678" are all fine; the stored form is "A" + digits. */
    static boolean aNumber(String text) {
        return blank(text) || PersonValidation.isANumber(normaliseANumber(text));
    }

    static String compactANumber(String text) {
        return text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String normaliseANumber(String text) {
        if (blank(text)) {
            return null;
        }
        String compact = compactANumber(text);
        return compact.startsWith("A") ? compact : "A" + compact;
    }

    static boolean dob(LocalDate date, LocalDate today) {
        return PersonValidation.isDob(date, today);
    }

    static boolean phone(String text) {
        return blank(text) || PHONE_CHARS.matcher(text.strip()).matches() && PersonValidation.isPhone(text);
    }

    static boolean email(String text) {
        return blank(text) || PersonValidation.isEmail(text.strip());
    }

    static boolean countries(String text) {
        return tokens(text).stream().allMatch(code -> PersonValidation.isCountry(code.toUpperCase(Locale.ROOT)));
    }

    static boolean languages(String text) {
        return tokens(text).stream().allMatch(PersonValidation::isLanguage);
    }

    static boolean state(String text) {
        return blank(text) || PersonValidation.isState(text.strip().toUpperCase(Locale.ROOT));
    }

    static boolean zip(String text) {
        return blank(text) || PersonValidation.isZip(text.strip());
    }

    /** "MX, gt  SV" → [MX, gt, SV]. */
    static List<String> tokens(String text) {
        if (blank(text)) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(token -> !token.isBlank()).toList();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
