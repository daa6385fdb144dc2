package org.amparo.clients;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.amparo.clients.data.ClientRepository;
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
}
