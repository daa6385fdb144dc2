package org.amparo.clients.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.amparo.clients.Client;
import org.amparo.clients.ClientSummary;
import org.amparo.clients.StaleEditException;
import org.amparo.clients.SyntheticClients;
import org.amparo.facts.Person;
import org.amparo.platform.db.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientRepositoryTest {

    private ClientRepository repo;

    @BeforeEach
    void setUp() {
        repo = new ClientRepository(TestDatabases.freshInMemory());
    }

    static Person person(String given, String family, List<String> aliases, String aNumber, String phone) {
        return new Person(given, family, null, aliases, LocalDate.of(1990, 5, 17), Person.Sex.F, List.of("MX"),
                List.of("es"), aNumber, phone == null ? List.of() : List.of(new Person.Phone(phone, true, false, null)),
                List.of(), null, null);
    }

    @Test
    void savedClientComesBackWithEveryPersonField() {
        Person p = new Person("María José", "Ejemplo Prueba", "Majo", List.of("Lupita Muestra", "M. J. Ficticia"),
                LocalDate.of(1988, 2, 29), Person.Sex.X, List.of("GT", "MX"), List.of("mam", "es", "en"),
                "A000000123", List.of(new Person.Phone("(202) 555-0123", true, false, null),
                        new Person.Phone("+1 915 555 0188", false, true, true)),
                List.of(new Person.Email("majo@example.org", true), new Person.Email("mj2@example.org", null)),
                new Person.Address("1 Example St", "Apt 4", "Example City", "Example County", "TX", "00012", true),
                "Example note: text first.");
        Client saved = repo.insert(p, "advocate1");

        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isZero();
        assertThat(repo.find(saved.id())).contains(new Client(saved.id(), 0, p));
    }

    @Test
    void clientWithOnlyANameRoundTripsWithEmptyListsAndNoAddress() {
        Person p = new Person("Ana", null, null, null, null, null, null, null, null, null, null, null, null);
        Client saved = repo.insert(p, "advocate1");
        Person back = repo.find(saved.id()).orElseThrow().person();
        assertThat(back.givenName()).isEqualTo("Ana");
        assertThat(back.aliases()).isEmpty();
        assertThat(back.phones()).isEmpty();
        assertThat(back.address()).isNull();
    }

    @Test
    void updateBumpsVersionAndRewritesChildrenAndSearchTerms() throws Exception {
        Client saved = repo.insert(person("Rosa", "Ejemplo", List.of("Chayo"), null, "(305) 555-0101"), "a");
        Person changed = person("Rosa", "Ejemplo", List.of("Rosita"), null, "(305) 555-0199");

        Client updated = repo.update(new Client(saved.id(), 0, changed), "b");

        assertThat(updated.version()).isEqualTo(1);
        assertThat(repo.find(saved.id()).orElseThrow()).isEqualTo(new Client(saved.id(), 1, changed));
        assertThat(repo.search("chayo", 10)).isEmpty();
        assertThat(repo.search("rosita", 10)).extracting(ClientSummary::id).containsExactly(saved.id());
        assertThat(repo.search("0199", 10)).extracting(ClientSummary::id).containsExactly(saved.id());
    }

    @Test
    void staleUpdateIsRefusedAndChangesNothing() throws Exception {
        Client saved = repo.insert(person("Rosa", "Ejemplo", List.of(), null, null), "a");
        repo.update(new Client(saved.id(), 0, person("Rosa", "Prueba", List.of(), null, null)), "b");

        Client stale = new Client(saved.id(), 0, person("Rosa", "Muestra", List.of("Nena"), null, null));
        assertThatThrownBy(() -> repo.update(stale, "c")).isInstanceOf(StaleEditException.class);

        Client stored = repo.find(saved.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.person().familyName()).isEqualTo("Prueba");
        assertThat(repo.search("nena", 10)).isEmpty();
    }

    @Test
    void searchFindsByAliasPrefix() {
        long id = repo.insert(person("Juana", "Ejemplo", List.of("Lupita Ficticia"), null, null), "a").id();
        repo.insert(person("Rosa", "Prueba", List.of(), null, null), "a");
        assertThat(repo.search("lup", 10)).extracting(ClientSummary::id).containsExactly(id);
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        long jose = repo.insert(person("José", "Ejemplo", List.of(), null, null), "a").id();
        long nunez = repo.insert(person("Ana", "Ñúñez-Prueba", List.of(), null, null), "a").id();
        assertThat(repo.search("jose", 10)).extracting(ClientSummary::id).containsExactly(jose);
        assertThat(repo.search("JOSÉ", 10)).extracting(ClientSummary::id).containsExactly(jose);
        assertThat(repo.search("nun", 10)).extracting(ClientSummary::id).containsExactly(nunez);
    }

    @Test
    void searchFindsByANumberWithOrWithoutTheA() {
        long id = repo.insert(person("Rosa", "Ejemplo", List.of(), "A000123456", null), "a").id();
        repo.insert(person("Ana", "Ejemplo", List.of(), "A000999999", null), "a");
        assertThat(repo.search("A000123", 10)).extracting(ClientSummary::id).containsExactly(id);
        assertThat(repo.search("000123456", 10)).extracting(ClientSummary::id).containsExactly(id);
    }

    @Test
    void searchFindsByLastDigitsOfAPhone() {
        long id = repo.insert(person("Rosa", "Ejemplo", List.of(), null, "(202) 555-2233"), "a").id();
        repo.insert(person("Ana", "Ejemplo", List.of(), null, "(202) 555-0100"), "a");
        assertThat(repo.search("2233", 10)).extracting(ClientSummary::id).containsExactly(id);
        assertThat(repo.search("555-22", 10)).extracting(ClientSummary::id).containsExactly(id);
    }

    @Test
    void everyWordMustMatchTheSameClient() {
        long both = repo.insert(person("María", "Ejemplo", List.of(), null, null), "a").id();
        repo.insert(person("María", "Prueba", List.of(), null, null), "a");
        repo.insert(person("Rosa", "Ejemplo", List.of(), null, null), "a");
        assertThat(repo.search("mar ejem", 10)).extracting(ClientSummary::id).containsExactly(both);
        assertThat(repo.search("rosa prueba", 10)).isEmpty();
    }

    @Test
    void blankQueryListsClientsByFamilyThenGivenName() {
        repo.insert(person("Rosa", "Prueba", List.of(), null, null), "a");
        repo.insert(person("Ana", "Ejemplo", List.of(), null, null), "a");
        repo.insert(person("Zoila", "Ejemplo", List.of(), null, null), "a");
        assertThat(repo.search("  ", 10)).extracting(ClientSummary::displayName)
                .containsExactly("Ejemplo, Ana", "Ejemplo, Zoila", "Prueba, Rosa");
        assertThat(repo.search("", 2)).hasSize(2);
    }

    @Test
    void summaryShowsPreferredNameAliasesAndFirstPhone() {
        Person p = new Person("María", "Ejemplo", "Mari", List.of("Lupita Prueba", "M. Muestra"), null, null, null,
                null, "A000000001", List.of(new Person.Phone("(202) 555-0111", true, true, true),
                        new Person.Phone("(202) 555-0122", true, true, true)), null, null, null);
        long id = repo.insert(p, "a").id();
        assertThat(repo.search("mari", 1)).containsExactly(new ClientSummary(id, "Ejemplo, María \u201CMari\u201D",
                "Lupita Prueba, M. Muestra", null, "A000000001", "(202) 555-0111"));
    }

    @Test
    void commonAndRareWordsGiveTheSameAnswersThroughJooqAndRawJdbc() {
        repo.insertBatch(SyntheticClients.generate(7, 0, 2600), "demo");
        assertThat(repo.count()).isEqualTo(2600);
        for (String q : List.of("", "m", "ej", "5", "0123", "ma pr", "lupi", "maria mu", "a", "zz", "Demo-G")) {
            List<ClientSummary> viaJooq = repo.search(q, 50);
            assertThat(repo.searchRawJdbc(q, 50)).as(q).isEqualTo(viaJooq);
            assertThat(viaJooq).as(q).extracting(s -> SearchTerms.sortKey(repo.find(s.id()).orElseThrow().person()))
                    .isSorted();
        }
        assertThat(repo.search("ma pr", 50)).isNotEmpty();
        assertThat(repo.search("zz", 50)).isEmpty();
    }

    @Test
    void commonWordResultsMatchABruteForceCheck() {
        List<Person> people = SyntheticClients.generate(3, 0, 2500);
        repo.insertBatch(people, "demo");
        for (String q : List.of("m", "ej", "ma pr", "lu ej")) {
            List<String> words = SearchTerms.queryWords(q);
            long expected = people.stream().filter(p -> words.stream()
                    .allMatch(w -> SearchTerms.of(p).stream().anyMatch(t -> t.startsWith(w)))).count();
            assertThat(repo.search(q, 10_000)).as(q).hasSize((int) expected);
        }
    }
}
