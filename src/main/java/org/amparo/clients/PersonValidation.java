package org.amparo.clients;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.amparo.facts.Person;

/**
 * Pure validation of a client's {@code person} facts. Each broken rule maps a field path (e.g. {@code aNumber},
 * {@code phones[1].number}) to a message key the UI translates. Unknown (null) values are always valid.
 */
public final class PersonValidation {

    public static final String NAME_REQUIRED = "client.validation.name.required";
    public static final String A_NUMBER = "client.validation.aNumber";
    public static final String DOB_FUTURE = "client.validation.dob.future";
    public static final String DOB_TOO_EARLY = "client.validation.dob.tooEarly";
    public static final String COUNTRY = "client.validation.country";
    public static final String LANGUAGE = "client.validation.language";
    public static final String PHONE = "client.validation.phone";
    public static final String EMAIL = "client.validation.email";
    public static final String STATE = "client.validation.state";
    public static final String ZIP = "client.validation.zip";

    private static final LocalDate EARLIEST_DOB = LocalDate.of(1900, 1, 1);
    private static final int MIN_PHONE_DIGITS = 7;
    private static final Pattern A_NUMBER_FORMAT = Pattern.compile("^A[0-9]{8,9}$");
    private static final int MAX_PHONE_DIGITS = 15;
    private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP");
    private static final Pattern ZIP_FORMAT = Pattern.compile("^[0-9]{5}(-?[0-9]{4})?$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private PersonValidation() {
    }

    /** Broken rules as field path → message key, in field order; empty when valid. */
    public static Map<String, String> validate(Person p, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (isBlank(p.givenName()) && isBlank(p.familyName()) && isBlank(p.preferredName())) {
            errors.put("givenName", NAME_REQUIRED);
        }
        if (p.dob() != null && p.dob().isAfter(today)) {
            errors.put("dob", DOB_FUTURE);
        } else if (p.dob() != null && p.dob().isBefore(EARLIEST_DOB)) {
            errors.put("dob", DOB_TOO_EARLY);
        }
        if (p.aNumber() != null && !isANumber(p.aNumber())) {
            errors.put("aNumber", A_NUMBER);
        }
        eachItem(errors, "countriesOfCitizenship", p.countriesOfCitizenship(), PersonValidation::isCountry, COUNTRY);
        eachItem(errors, "languages", p.languages(), PersonValidation::isLanguage, LANGUAGE);
        List<Person.Phone> phones = p.phones() == null ? List.of() : p.phones();
        for (int i = 0; i < phones.size(); i++) {
            if (!isPhone(phones.get(i).number())) {
                errors.put("phones[" + i + "].number", PHONE);
            }
        }
        List<Person.Email> emails = p.emails() == null ? List.of() : p.emails();
        for (int i = 0; i < emails.size(); i++) {
            if (!isEmail(emails.get(i).address())) {
                errors.put("emails[" + i + "].address", EMAIL);
            }
        }
        Person.Address a = p.address();
        if (a != null && a.state() != null && !isState(a.state())) {
            errors.put("address.state", STATE);
        }
        if (a != null && a.zip() != null && !isZip(a.zip())) {
            errors.put("address.zip", ZIP);
        }
        return errors;
    }

    /** {@code A} and 8 or 9 digits. */
    public static boolean isANumber(String aNumber) {
        return aNumber != null && A_NUMBER_FORMAT.matcher(aNumber).matches();
    }

    /** Not in the future and not before 1900. */
    public static boolean isDob(LocalDate dob, LocalDate today) {
        return dob != null && !dob.isAfter(today) && !dob.isBefore(EARLIEST_DOB);
    }

    /** A U.S. state, D.C. or territory code (two letters, upper case). */
    public static boolean isState(String code) {
        return code != null && STATES.contains(code);
    }

    /** Five digits, or five and four (with or without the hyphen). */
    public static boolean isZip(String zip) {
        return zip != null && ZIP_FORMAT.matcher(zip).matches();
    }

    /** An ISO 3166 alpha-2 code in upper case. */
    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** A BCP 47 tag with a registered-length primary language subtag (es, en, mam, es-MX). */
    public static boolean isLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(tag);
        String roundTrip = locale.toLanguageTag();
        // a primary subtag of 5–8 letters is well-formed BCP 47 but none is registered ("Spanish" is not a tag)
        return !"und".equals(roundTrip) && roundTrip.equalsIgnoreCase(tag) && locale.getLanguage().length() <= 3;
    }

    /** 7 to 15 digits, whatever the punctuation. */
    public static boolean isPhone(String number) {
        if (number == null) {
            return false;
        }
        long digits = number.chars().filter(c -> c >= '0' && c <= '9').count();
        return digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS;
    }

    /** One {@code @}, no spaces, a dot inside the domain. */
    public static boolean isEmail(String address) {
        if (address == null) {
            return false;
        }
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || address.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        String domain = address.substring(at + 1);
        int dot = domain.indexOf('.');
        return dot > 0 && !domain.endsWith(".");
    }

    private static void eachItem(Map<String, String> errors, String field, List<String> items,
                                 java.util.function.Predicate<String> valid, String key) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!valid.test(items.get(i))) {
                errors.put(field + "[" + i + "]", key);
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
