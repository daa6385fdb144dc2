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
import org.amparo.security.VaultService;

/** {@link ClientService} over the open vault: validates, stamps the signed-in user, and delegates to the repository. */
public final class DefaultClientService implements ClientService {

    static final String UNKNOWN_USER = "unknown";

    private final ClientRepository repository;
    private final Supplier<String> currentUser;
    private final Clock clock;

    @Inject
    public DefaultClientService(Database db, VaultService vault) {
        this(new ClientRepository(db), () -> vault.currentUser().orElse(UNKNOWN_USER), Clock.systemDefaultZone());
    }

    public DefaultClientService(ClientRepository repository, Supplier<String> currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<ClientSummary> search(String query, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return repository.search(query == null ? "" : query, limit);
    }

    @Override
    public Optional<Client> find(long id) {
        return repository.find(id);
    }

    /** @throws InvalidClientException when the person breaks a {@link PersonValidation} rule (nothing saved) */
    @Override
    public Client save(Client client) throws StaleEditException {
        Map<String, String> errors = PersonValidation.validate(client.person(), LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new InvalidClientException(errors);
        }
        String user = currentUser.get();
        return client.id() == null ? repository.insert(client.person(), user) : repository.update(client, user);
    }

    @Override
    public int count() {
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
