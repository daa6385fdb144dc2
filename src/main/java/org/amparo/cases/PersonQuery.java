package org.amparo.cases;

import java.time.LocalDate;
import java.util.List;

/** Who the conflict check looks for: names and aliases (accent- and case-insensitive) and, if known, the birth date. */
public record PersonQuery(String givenName, String familyName, List<String> aliases, LocalDate dob) {

    public PersonQuery {
        aliases = List.copyOf(aliases);
    }
}
