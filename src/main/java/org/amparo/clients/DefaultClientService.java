package org.amparo.clients;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.amparo.clients.data.ClientRepository;
import org.amparo.facts.Person;
import org.amparo.platform.db.Database;
import org.amparo.security.AccessControl;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.Action;
import org.amparo.security.DataKind;
import org.amparo.security.VaultService;

/**
 * {@link ClientService} over the open vault: checks the signed-in user's permissions, validates, stamps her name, and
 * delegates to the repository. Someone who may not read immigration status (a volunteer) gets clients without their
 * A-number, and her saves keep the stored one.
 */
public final class DefaultClientService implements ClientService {

    static final String UNKNOWN_USER = "unknown";

    private final ClientRepository repository;
    private final Supplier<String> currentUser;
    private final Clock clock;
    private final AccessControl access;

    @Inject
    public DefaultClientService(Database db, VaultService vault, AccessControl access) {
        this(new ClientRepository(db), () -> vault.currentUser().orElse(UNKNOWN_USER), Clock.systemDefaultZone(),
                access);
    }

    public DefaultClientService(ClientRepository repository, Supplier<String> currentUser, Clock clock,
                                AccessControl access) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
        this.access = access;
    }

    @Override
    public List<ClientSummary> search(String query, int limit) {
        access.require(Action.READ, DataKind.CLIENT_IDENTITY);
        if (limit <= 0) {
            return List.of();
        }
        List<ClientSummary> found = repository.search(query == null ? "" : query, limit);
        if (access.can(Action.READ, DataKind.IMMIGRATION_STATUS)) {
            return found;
        }
        return found.stream().map(s -> new ClientSummary(s.id(), s.displayName(), s.aliases(), s.dob(), null,
                s.phone())).toList();
    }

    @Override
    public Optional<Client> find(long id) {
        access.require(Action.READ, DataKind.CLIENT_IDENTITY);
        Optional<Client> found = repository.find(id);
        return access.can(Action.READ, DataKind.IMMIGRATION_STATUS) ? found
                : found.map(c -> new Client(c.id(), c.version(), withANumber(c.person(), null)));
    }

    /** @throws InvalidClientException when the person breaks a {@link PersonValidation} rule (nothing saved) */
    @Override
    public Client save(Client client) throws StaleEditException {
        access.require(client.id() == null ? Action.CREATE : Action.UPDATE, DataKind.CLIENT_IDENTITY);
        Map<String, String> errors = PersonValidation.validate(client.person(), LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new InvalidClientException(errors);
        }
        String user = currentUser.get();
        if (client.id() == null) {
            requireANumberRight(client.person().aNumber(), null, Action.CREATE);
            return repository.insert(client.person(), user);
        }
        if (access.can(Action.UPDATE, DataKind.IMMIGRATION_STATUS)) {
            return repository.update(client, user);
        }
        String stored = repository.find(client.id()).map(c -> c.person().aNumber()).orElse(null);
        String typed = client.person().aNumber();
        requireANumberRight(typed == null ? stored : typed, stored, Action.UPDATE);
        Client kept = new Client(client.id(), client.version(), withANumber(client.person(), stored));
        Client saved = repository.update(kept, user);
        return new Client(saved.id(), saved.version(), withANumber(saved.person(), null));
    }

    /** Someone who may not write immigration status may leave the A-number as it was, never change it. */
    private void requireANumberRight(String wanted, String stored, Action action) {
        boolean changes = wanted != null && !wanted.equals(stored);
        if (changes && !access.can(action, DataKind.IMMIGRATION_STATUS)) {
            throw new AccessDeniedException("Your role does not allow entering or changing an A-number.");
        }
    }

    private static Person withANumber(Person p, String aNumber) {
        return new Person(p.givenName(), p.familyName(), p.preferredName(), p.aliases(), p.dob(), p.sex(),
                p.countriesOfCitizenship(), p.languages(), aNumber, p.phones(), p.emails(), p.address(),
                p.safeContactNotes());
    }

    @Override
    public int count() {
        access.require(Action.READ, DataKind.CLIENT_IDENTITY);
        return repository.count();
    }

    /** @throws InvalidClientException when one person breaks a {@link PersonValidation} rule (nothing saved) */
    @Override
    public List<Client> saveAll(List<Client> newClients) {
        LocalDate today = LocalDate.now(clock);
        List<Person> people = new ArrayList<>(newClients.size());
        for (Client client : newClients) {
            if (client.id() != null) {
                throw new IllegalArgumentException("saveAll inserts new clients only");
            }
            Map<String, String> errors = PersonValidation.validate(client.person(), today);
            if (!errors.isEmpty()) {
                throw new InvalidClientException(errors);
            }
            people.add(client.person());
        }
        List<Long> ids = repository.insertBatch(people, currentUser.get());
        List<Client> out = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            out.add(new Client(ids.get(i), 0, people.get(i)));
        }
        return out;
    }

    @Override
    public Map<Long, Client> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : repository.findAll(ids);
    }
}
