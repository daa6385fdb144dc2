package org.amparo.testing;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;
import org.amparo.clients.Client;
import org.amparo.clients.DemoDataService;
import org.amparo.clients.StaleEditException;
import org.amparo.facts.Person;

/** Fills the in-memory client service with obviously fictional clients. */
public final class FakeDemoDataService implements DemoDataService {

    private static final String[] GIVEN = {"Ana", "Rosa", "Marta", "Lucía", "Elena", "Sofía", "Carmen", "Inés"};

    private final InMemoryClientService clients;

    @Inject
    public FakeDemoDataService(InMemoryClientService clients) {
        this.clients = clients;
    }

    @Override
    public void fill(int count, long seed, LongConsumer progress) {
        for (int i = 0; i < count; i++) {
            Person person = new Person(GIVEN[i % GIVEN.length], "Demo-Ejemplo " + (i + 1), null, List.of(),
                    LocalDate.of(1980 + i % 25, 1 + i % 12, 1 + i % 28), Person.Sex.F, List.of("MX"), List.of("es"),
                    null, List.of(), List.of(), null, null);
            try {
                clients.save(Client.newClient(person));
            } catch (StaleEditException e) {
                throw new IllegalStateException(e);
            }
            progress.accept(i + 1);
        }
    }
}
