package org.amparo.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.amparo.facts.Person;
import org.junit.jupiter.api.Test;

class SyntheticClientsTest {

    @Test
    void sameSeedGivesTheSameClientsHoweverTheyAreBatched() {
        List<Person> once = SyntheticClients.generate(11, 0, 300);
        List<Person> batched = new java.util.ArrayList<>(SyntheticClients.generate(11, 0, 120));
        batched.addAll(SyntheticClients.generate(11, 120, 180));
        assertThat(batched).isEqualTo(once);
        assertThat(SyntheticClients.generate(12, 0, 300)).isNotEqualTo(once);
    }

    @Test
    void everyClientIsObviouslyFictional() {
        for (Person p : SyntheticClients.generate(5, 0, 2000)) {
            assertThat(Arrays.stream(SyntheticClients.FAMILY).anyMatch(f -> p.familyName().startsWith(f)))
                    .as(p.familyName()).isTrue();
            if (p.aNumber() != null) {
                assertThat(p.aNumber()).startsWith("A000");
            }
            p.phones().forEach(ph -> assertThat(ph.number()).matches("\\(\\d{3}\\) 555-01\\d\\d"));
            p.emails().forEach(e -> assertThat(e.address()).endsWith("@example.org"));
            assertThat(List.of(SyntheticClients.CITIES)).contains(p.address().city());
        }
    }

    @Test
    void clientsPassValidationAndMixSafeContactAndShelterAddresses() {
        List<Person> people = SyntheticClients.generate(5, 0, 2000);
        people.forEach(p -> assertThat(PersonValidation.validate(p, LocalDate.of(2026, 1, 1))).as(p.toString())
                .isEmpty());
        assertThat(people).anyMatch(p -> Boolean.TRUE.equals(p.address().confidential()));
        assertThat(people).anyMatch(p -> Boolean.FALSE.equals(p.address().confidential()));
        assertThat(people).anyMatch(p -> p.phones().stream().anyMatch(ph -> Boolean.FALSE.equals(ph.safeToCall())));
        assertThat(people).anyMatch(p -> p.phones().stream().anyMatch(ph -> Boolean.TRUE.equals(ph.safeToCall())));
        assertThat(people).anyMatch(p -> !p.aliases().isEmpty());
    }
}
