package org.amparo.cases;

import java.util.EnumMap;
import java.util.Map;
import org.amparo.cases.data.StoredFacts;
import org.amparo.facts.Person;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.DataKind;

/**
 * Which {@link DataKind} each facts section is, and the facts as the signed-in user may read them: a section she
 * may not read is returned as unknown (null), the A-number only with {@code IMMIGRATION_STATUS}, contact details only
 * with {@code CLIENT_CONTACT}.
 */
final class FactsAccess {

    private final AccessControl access;

    FactsAccess(AccessControl access) {
        this.access = access;
    }

    static DataKind kindOf(FactSection section) {
        return switch (section) {
            case PERSON -> DataKind.CLIENT_IDENTITY;
            case IMMIGRATION -> DataKind.IMMIGRATION_STATUS;
            case CRIMINAL, CONDUCT -> DataKind.CRIMINAL;
            case U, T, VAWA -> DataKind.PROTECTED_1367;
            case FAMILY -> DataKind.FAMILY;
            case COURT_EVENTS, ICE_CHECKINS -> DataKind.COURT_EVENTS;
            case ASYLUM, SIJS -> DataKind.ASYLUM_SIJS;
            case SOURCES, EXTENSIONS -> DataKind.CASE;
        };
    }

    /** The stored sections this user may read. */
    StoredFacts readable(StoredFacts facts) {
        Map<FactSection, Object> sections = new EnumMap<>(FactSection.class);
        facts.sections().forEach((section, value) -> {
            if (access.can(Action.READ, kindOf(section))) {
                sections.put(section, value);
            }
        });
        return new StoredFacts(facts.clientId(), sections, facts.versions());
    }

    /** Whether any 8 U.S.C. 1367-protected section is among {@code facts} (its reading is audited). */
    static boolean hasProtected(StoredFacts facts) {
        return facts.sections().keySet().stream().anyMatch(s -> kindOf(s) == DataKind.PROTECTED_1367);
    }

    /** The person as this user may read it (null when identity itself is not readable). */
    Person readable(Person p) {
        if (p == null || !access.can(Action.READ, DataKind.CLIENT_IDENTITY)) {
            return null;
        }
        boolean contact = access.can(Action.READ, DataKind.CLIENT_CONTACT);
        String aNumber = access.can(Action.READ, DataKind.IMMIGRATION_STATUS) ? p.aNumber() : null;
        return new Person(p.givenName(), p.familyName(), p.preferredName(), p.aliases(), p.dob(), p.sex(),
                p.countriesOfCitizenship(), p.languages(), aNumber, contact ? p.phones() : null,
                contact ? p.emails() : null, contact ? p.address() : null, contact ? p.safeContactNotes() : null);
    }
}
