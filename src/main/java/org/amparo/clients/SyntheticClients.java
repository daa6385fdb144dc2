package org.amparo.clients;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.amparo.facts.Person;

/**
 * Synthetic, obviously fictional people: family names such as "Ejemplo" or "Prueba", A-numbers in the fake range
 * A000000001–A000999999, phones in the fictional 555-01xx range, {@code example.org} emails and cities such as
 * "Example City". Client {@code i} of a seed is always the same person, however the clients are batched.
 */
public final class SyntheticClients {

    static final String[] FAMILY = {"Ejemplo", "Prueba", "Muestra", "Ficticia", "Inventada", "Simulada", "Ensayo",
        "Modelo", "Demo-García", "Demo-López", "Ejemplar", "Supuesta"};
    static final String[] GIVEN = {"María", "Ana", "Rosa", "Guadalupe", "Lucía", "Carmen", "Juana", "Marisol",
        "Yesenia", "Esperanza", "Daniela", "Sofía", "Valeria", "Fernanda", "Alejandra", "Leticia", "Claudia",
        "Patricia", "Beatriz", "Elena", "Josefina", "Dolores", "Xiomara", "Yolanda", "Nayeli", "Itzel", "Wendy",
        "Karla", "Mónica", "Adriana", "Fatou", "Aminata", "Mariam", "Olena", "Nadia", "Mei", "Priya", "Ngozi",
        "Esther", "Gladys", "Rocío", "Inés", "Zoila", "Maritza", "Belén", "Araceli", "Candelaria", "Noemí"};
    static final String[] NICKNAMES = {"Lupita", "Mari", "Chayo", "Nena", "Güera", "Flaca", "Chela", "Pati",
        "Lucy", "Ale", "Dani", "Vale", "Fer", "Coco", "Marisa", "Yesi"};
    static final String[] COUNTRIES = {"MX", "GT", "HN", "SV", "NI", "CO", "VE", "EC", "HT", "DO", "CU", "PE",
        "CN", "IN", "NG", "UA", "PH", "VN", "SN", "ER"};
    static final String[] LANGUAGES = {"es", "es", "es", "en", "mam", "quc", "ht", "zh", "hi", "yo", "uk", "tl",
        "vi", "fr", "ti", "pt-BR"};
    static final String[] CITIES = {"Example City", "Sample Town", "Testville", "Demo Springs", "Fictional Falls"};
    static final String[] STATES = {"TX", "CA", "NY", "FL", "IL", "AZ", "NM", "GA", "NC", "WA"};
    static final String[] AREA_CODES = {"202", "212", "305", "312", "404", "505", "602", "713", "718", "915"};
    static final String[] STREETS = {"Example St", "Sample Ave", "Test Rd", "Fictional Blvd", "Demo Ln"};
    static final String[] NOTES = {
        "Example note: call only on weekday mornings; if a man answers, say it is the pharmacy.",
        "Example note: text first, never leave a voicemail.",
        "Example note: reach her through her sister (fictional contact).",
        "Example note: safe to call any time."};
    private static final long A_NUMBER_BASE = 1;
    private static final long A_NUMBER_SPACE = 999_999;

    private SyntheticClients() {
    }

    /** Clients {@code from} .. {@code from + count - 1} of {@code seed}. */
    public static List<Person> generate(long seed, int from, int count) {
        List<Person> people = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            people.add(person(seed, i));
        }
        return people;
    }

    /** Client {@code index} of {@code seed}. */
    public static Person person(long seed, int index) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String given = pick(rnd, GIVEN);
        String family = pick(rnd, FAMILY) + (rnd.nextInt(3) == 0 ? " " + pick(rnd, FAMILY) : "");
        String preferred = rnd.nextInt(5) == 0 ? pick(rnd, NICKNAMES) : null;
        List<String> aliases = new ArrayList<>();
        int aliasCount = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(2) : 0;
        for (int k = 0; k < aliasCount; k++) {
            aliases.add(rnd.nextBoolean() ? pick(rnd, NICKNAMES) + " " + family : given + " " + pick(rnd, FAMILY));
        }
        LocalDate dob = LocalDate.of(1960, 1, 1).plusDays(rnd.nextInt(48 * 365));
        Person.Sex sex = rnd.nextInt(20) == 0 ? Person.Sex.X : rnd.nextInt(15) == 0 ? Person.Sex.M : Person.Sex.F;
        List<String> countries = new ArrayList<>(List.of(pick(rnd, COUNTRIES)));
        List<String> languages = new ArrayList<>(List.of(pick(rnd, LANGUAGES)));
        if (rnd.nextInt(3) == 0 && !languages.contains("en")) {
            languages.add("en");
        }
        String aNumber = rnd.nextInt(4) == 0 ? null
                : String.format("A%09d", A_NUMBER_BASE + Math.floorMod(index, A_NUMBER_SPACE));
        return new Person(given, family, preferred, aliases, dob, sex, countries, languages, aNumber,
                phones(rnd), emails(rnd, given, index), address(rnd), pick(rnd, NOTES));
    }

    private static List<Person.Phone> phones(SplittableRandom rnd) {
        List<Person.Phone> phones = new ArrayList<>();
        int n = rnd.nextInt(6) == 0 ? 0 : 1 + (rnd.nextInt(4) == 0 ? 1 : 0);
        for (int k = 0; k < n; k++) {
            String number = String.format("(%s) 555-01%02d", pick(rnd, AREA_CODES), rnd.nextInt(100));
            boolean safe = rnd.nextInt(3) != 0;
            phones.add(new Person.Phone(number, safe, safe || rnd.nextBoolean(), safe && rnd.nextBoolean()));
        }
        return phones;
    }

    private static List<Person.Email> emails(SplittableRandom rnd, String given, int index) {
        if (rnd.nextInt(2) == 0) {
            return List.of();
        }
        String local = org.amparo.clients.data.SearchTerms.fold(given) + "." + index;
        return List.of(new Person.Email(local + "@example.org", rnd.nextInt(3) != 0));
    }

    private static Person.Address address(SplittableRandom rnd) {
        boolean shelter = rnd.nextInt(5) == 0;
        String zip = String.format("000%02d", 1 + rnd.nextInt(99));
        if (shelter) {
            return new Person.Address("Confidential shelter (example) PO Box " + (100 + rnd.nextInt(900)), null,
                    pick(rnd, CITIES), "Example County", pick(rnd, STATES), zip, true);
        }
        return new Person.Address((1 + rnd.nextInt(9999)) + " " + pick(rnd, STREETS),
                rnd.nextInt(4) == 0 ? "Apt " + (1 + rnd.nextInt(40)) : null, pick(rnd, CITIES), "Example County",
                pick(rnd, STATES), zip, false);
    }

    private static String pick(SplittableRandom rnd, String[] values) {
        return values[rnd.nextInt(values.length)];
    }
}
