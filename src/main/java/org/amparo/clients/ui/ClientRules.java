package org.amparo.clients.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Pure validation rules for the client form; blank means "unknown" and is always allowed. */
final class ClientRules {

    private static final Pattern A_NUMBER = Pattern.compile("A?\\d{8,9}");
    private static final Pattern PHONE_CHARS = Pattern.compile("[+\\d\\s().-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ClientRules() {
    }

    /** "A123456789", "123-456-789", "a 12345678" are all fine; the stored form is "A" + digits. */
    static boolean aNumber(String text) {
        return blank(text) || A_NUMBER.matcher(compactANumber(text)).matches();
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
        return !date.isAfter(today) && !date.isBefore(EARLIEST_BIRTH);
    }

    static boolean phone(String text) {
        if (blank(text)) {
            return true;
        }
        long digits = text.chars().filter(Character::isDigit).count();
        return PHONE_CHARS.matcher(text.strip()).matches() && digits >= 7 && digits <= 15;
    }

    static boolean email(String text) {
        return blank(text) || EMAIL.matcher(text.strip()).matches();
    }

    static boolean countries(String text) {
        return tokens(text).stream().allMatch(code -> COUNTRIES.contains(code.toUpperCase(Locale.ROOT)));
    }

    static boolean languages(String text) {
        return tokens(text).stream().allMatch(tag -> LANGUAGE.matcher(tag).matches());
    }

    static boolean state(String text) {
        return blank(text) || STATES.contains(text.strip().toUpperCase(Locale.ROOT));
    }

    static boolean zip(String text) {
        return blank(text) || ZIP.matcher(text.strip()).matches();
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
