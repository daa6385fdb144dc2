package org.amparo.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.amparo.clients.data.ClientRepository;
import org.amparo.facts.Person;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultClientServiceTest {

    private Database db;
    private DefaultClientService service;

    @BeforeEach
    void setUp() {
        db = TestDatabases.freshInMemory();
        service = new DefaultClientService(new ClientRepository(db), () -> "advocate1",
                Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC),
                TestSecurity.permitAll("advocate1", Role.ADVOCATE, "main"));
    }

    @Test
    void invalidPersonIsRefusedWithEveryBrokenFieldAndNothingIsSaved() {
        Person bad = new Person("Rosa", "Ejemplo", null, List.of(), LocalDate.of(2030, 1, 1), null, List.of("ZZ"),
                List.of(), "12345", List.of(new Person.Phone("123", null, null, null)), List.of(), null, null);
        assertThatThrownBy(() -> service.save(Client.newClient(bad)))
                .isInstanceOfSatisfying(InvalidClientException.class, e -> assertThat(e.errors()).containsOnlyKeys(
                        "dob", "aNumber", "countriesOfCitizenship[0]", "phones[0].number"));
        assertThat(service.count()).isZero();
    }

    @Test
    void saveStampsTheSignedInUserAndUpdatesBumpTheVersion() throws Exception {
        Client saved = service.save(Client.newClient(PersonValidationTest.valid()));
        Client again = service.save(new Client(saved.id(), saved.version(), saved.person()));
        assertThat(again.version()).isEqualTo(1);
        var row = db.dsl().selectFrom(org.amparo.db.jooq.Tables.CLIENT).fetchSingle();
        assertThat(row.getCreatedBy()).isEqualTo("advocate1");
        assertThat(row.getUpdatedBy()).isEqualTo("advocate1");
        assertThat(service.search("ros", 10)).extracting(ClientSummary::id).containsExactly(saved.id());
        assertThat(service.search("ros", 0)).isEmpty();
    }

    @Test
    void demoDataFillsTheVaultInBatchesWithProgress() {
        List<Long> progress = new java.util.ArrayList<>();
        new DefaultDemoDataService(new ClientRepository(db)).fill(2500, 9, progress::add);
        assertThat(progress).containsExactly(1000L, 2000L, 2500L);
        assertThat(service.count()).isEqualTo(2500);
        Client first = service.search("", 1).stream().findFirst().flatMap(s -> service.find(s.id())).orElseThrow();
        assertThat(SyntheticClients.generate(9, 0, 2500)).contains(first.person());
    }

    private DefaultClientService as(Role role) {
        return new DefaultClientService(new ClientRepository(db), () -> "u-" + role,
                Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC),
                TestSecurity.asUser(db, "u-" + role, "main", role));
    }

    @Test
    void aVolunteerGetsClientsWithoutTheirANumberAndHerSavesKeepTheStoredOne() throws Exception {
        Client saved = service.save(Client.newClient(PersonValidationTest.valid()));
        DefaultClientService volunteer = as(Role.VOLUNTEER);

        assertThat(volunteer.search("ros", 10)).singleElement()
                .satisfies(s -> assertThat(s.aNumber()).isNull());
        Client seen = volunteer.find(saved.id()).orElseThrow();
        assertThat(seen.person().aNumber()).isNull();
        assertThat(seen.person().givenName()).isEqualTo("Rosa");

        Person renamed = PersonValidationTest.with(p -> new Person("Rosalia", p.familyName(), null, p.aliases(),
                p.dob(), p.sex(), p.countriesOfCitizenship(), p.languages(), null, p.phones(), p.emails(),
                p.address(), null));
        Client after = volunteer.save(new Client(seen.id(), seen.version(), renamed));

        assertThat(after.person().aNumber()).isNull();
        Client stored = service.find(saved.id()).orElseThrow();
        assertThat(stored.person().givenName()).isEqualTo("Rosalia");
        assertThat(stored.person().aNumber()).isEqualTo("A000000001");
    }

    @Test
    void aVolunteerCannotEnterOrChangeAnANumber() throws Exception {
        DefaultClientService volunteer = as(Role.VOLUNTEER);
        assertThatThrownBy(() -> volunteer.save(Client.newClient(PersonValidationTest.valid())))
                .isInstanceOf(org.amparo.security.AccessDeniedException.class);
        assertThat(service.count()).isZero();
    }

    @Test
    void anAdvocateSeesTheANumberAndAnAdministratorWithoutBreakGlassSeesNoClient() throws Exception {
        Client saved = service.save(Client.newClient(PersonValidationTest.valid()));
        assertThat(as(Role.ADVOCATE).find(saved.id()).orElseThrow().person().aNumber()).isEqualTo("A000000001");
        DefaultClientService admin = as(Role.ADMINISTRATOR);
        assertThatThrownBy(() -> admin.search("", 10)).isInstanceOf(org.amparo.security.AccessDeniedException.class);
        assertThatThrownBy(() -> admin.find(saved.id()))
                .isInstanceOf(org.amparo.security.AccessDeniedException.class);
        assertThatThrownBy(() -> admin.save(Client.newClient(PersonValidationTest.valid())))
                .isInstanceOf(org.amparo.security.AccessDeniedException.class);
    }
}
