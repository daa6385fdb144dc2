package org.amparo.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.amparo.facts.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PersonValidationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static Person valid() {
        return new Person("Rosa", "Ejemplo", null, List.of(), LocalDate.of(1990, 1, 1), Person.Sex.F, List.of("MX"),
                List.of("es"), "A000000001", List.of(new Person.Phone("(202) 555-0101", true, true, true)),
                List.of(new Person.Email("rosa@example.org", true)),
                new Person.Address("1 Example St", null, "Example City", null, "TX", "00012", false), null);
    }

    static Person with(UnaryOperator<Person> change) {
        return change.apply(valid());
    }

    static Person dob(LocalDate d) {
        Person p = valid();
        return new Person(p.givenName(), p.familyName(), null, p.aliases(), d, p.sex(), p.countriesOfCitizenship(),
                p.languages(), p.aNumber(), p.phones(), p.emails(), p.address(), null);
    }

    static Person aNumber(String a) {
        Person p = valid();
        return new Person(p.givenName(), p.familyName(), null, p.aliases(), p.dob(), p.sex(),
                p.countriesOfCitizenship(), p.languages(), a, p.phones(), p.emails(), p.address(), null);
    }

    static Person countries(String... c) {
        Person p = valid();
        return new Person(p.givenName(), p.familyName(), null, p.aliases(), p.dob(), p.sex(), List.of(c),
                p.languages(), p.aNumber(), p.phones(), p.emails(), p.address(), null);
    }

    static Person languages(String... l) {
        Person p = valid();
        return new Person(p.givenName(), p.familyName(), null, p.aliases(), p.dob(), p.sex(),
                p.countriesOfCitizenship(), List.of(l), p.aNumber(), p.phones(), p.emails(), p.address(), null);
    }

    static Person phone(String number) {
        Person p = valid();
        return new Person(p.givenName(), p.familyName(), null, p.aliases(), p.dob(), p.sex(),
                p.countriesOfCitizenship(), p.languages(), p.aNumber(),
                List.of(new Person.Phone(number, null, null, null)), p.emails(), p.address(), null);
    }

    static Person email(String address) {
        Person p = valid();
        return new Person(p.givenName(), p.familyName(), null, p.aliases(), p.dob(), p.sex(),
                p.countriesOfCitizenship(), p.languages(), p.aNumber(), p.phones(),
                List.of(new Person.Email(address, null)), p.address(), null);
    }

    static Person address(String state, String zip) {
        Person p = valid();
        return new Person(p.givenName(), p.familyName(), null, p.aliases(), p.dob(), p.sex(),
                p.countriesOfCitizenship(), p.languages(), p.aNumber(), p.phones(), p.emails(),
                new Person.Address(null, null, null, null, state, zip, null), null);
    }

    static Person names(String given, String family, String preferred) {
        Person p = valid();
        return new Person(given, family, preferred, p.aliases(), p.dob(), p.sex(), p.countriesOfCitizenship(),
                p.languages(), p.aNumber(), p.phones(), p.emails(), p.address(), null);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                // rule id, person, expected field → key (empty = valid)
                Arguments.of("valid person", valid(), Map.of()),
                Arguments.of("unknowns are valid", new Person("Ana", null, null, null, null, null, null, null, null,
                        null, null, null, null), Map.of()),
                Arguments.of("name: given only", names("Ana", null, null), Map.of()),
                Arguments.of("name: preferred only", names(null, " ", "Nena"), Map.of()),
                Arguments.of("name: none", names(null, " ", null), Map.of("givenName", PersonValidation.NAME_REQUIRED)),
                Arguments.of("aNumber: 8 digits", aNumber("A12345678"), Map.of()),
                Arguments.of("aNumber: 9 digits", aNumber("A123456789"), Map.of()),
                Arguments.of("aNumber: 7 digits", aNumber("A1234567"), Map.of("aNumber", PersonValidation.A_NUMBER)),
                Arguments.of("aNumber: 10 digits", aNumber("A1234567890"),
                        Map.of("aNumber", PersonValidation.A_NUMBER)),
                Arguments.of("aNumber: no A", aNumber("123456789"), Map.of("aNumber", PersonValidation.A_NUMBER)),
                Arguments.of("aNumber: dashes", aNumber("A123-456-789"),
                        Map.of("aNumber", PersonValidation.A_NUMBER)),
                Arguments.of("dob: today", dob(TODAY), Map.of()),
                Arguments.of("dob: tomorrow", dob(TODAY.plusDays(1)), Map.of("dob", PersonValidation.DOB_FUTURE)),
                Arguments.of("dob: 1900-01-01", dob(LocalDate.of(1900, 1, 1)), Map.of()),
                Arguments.of("dob: 1899-12-31", dob(LocalDate.of(1899, 12, 31)),
                        Map.of("dob", PersonValidation.DOB_TOO_EARLY)),
                Arguments.of("country: GT and SV", countries("GT", "SV"), Map.of()),
                Arguments.of("country: lower case", countries("GT", "mx"),
                        Map.of("countriesOfCitizenship[1]", PersonValidation.COUNTRY)),
                Arguments.of("country: not ISO", countries("XX"),
                        Map.of("countriesOfCitizenship[0]", PersonValidation.COUNTRY)),
                Arguments.of("country: alpha-3", countries("MEX"),
                        Map.of("countriesOfCitizenship[0]", PersonValidation.COUNTRY)),
                Arguments.of("language: es-MX, mam, quc", languages("es-MX", "mam", "quc"), Map.of()),
                Arguments.of("language: words", languages("Spanish"),
                        Map.of("languages[0]", PersonValidation.LANGUAGE)),
                Arguments.of("language: underscore", languages("es_MX"),
                        Map.of("languages[0]", PersonValidation.LANGUAGE)),
                Arguments.of("phone: 7 digits", phone("555-0101"), Map.of()),
                Arguments.of("phone: 6 digits", phone("55-0101"),
                        Map.of("phones[0].number", PersonValidation.PHONE)),
                Arguments.of("email: ok", email("a.b@example.org"), Map.of()),
                Arguments.of("email: two @", email("a@b@example.org"),
                        Map.of("emails[0].address", PersonValidation.EMAIL)),
                Arguments.of("email: no dot in domain", email("ana@localhost"),
                        Map.of("emails[0].address", PersonValidation.EMAIL)),
                Arguments.of("email: no local part", email("@example.org"),
                        Map.of("emails[0].address", PersonValidation.EMAIL)),
                Arguments.of("state: 3 letters", address("TEX", null), Map.of("address.state", PersonValidation.STATE)),
                Arguments.of("state: digits", address("T1", null), Map.of("address.state", PersonValidation.STATE)),
                Arguments.of("zip: 9 digits with dash", address("NM", "87101-1234"), Map.of()),
                Arguments.of("zip: 9 digits", address("NM", "871011234"), Map.of()),
                Arguments.of("zip: 4 digits", address("NM", "8710"), Map.of("address.zip", PersonValidation.ZIP)),
                Arguments.of("zip: letters", address("NM", "8710A"), Map.of("address.zip", PersonValidation.ZIP)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRule(String rule, Person person, Map<String, String> expected) {
        assertThat(PersonValidation.validate(person, TODAY)).as(rule).isEqualTo(expected);
    }
}
