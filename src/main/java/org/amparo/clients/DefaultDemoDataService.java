package org.amparo.clients;

import jakarta.inject.Inject;
import java.util.function.LongConsumer;
import org.amparo.clients.data.ClientRepository;
import org.amparo.platform.db.Database;

/** Fills the open vault with {@link SyntheticClients}, committing every {@value #BATCH} clients. */
public final class DefaultDemoDataService implements DemoDataService {

    static final int BATCH = 1000;
    static final String DEMO_USER = "demo-data";

    private final ClientRepository repository;

    @Inject
    public DefaultDemoDataService(Database db) {
        this(new ClientRepository(db));
    }

    public DefaultDemoDataService(ClientRepository repository) {
        this.repository = repository;
    }

    @Override
    public void fill(int clients, long seed, LongConsumer progress) {
        if (clients < 0) {
            throw new IllegalArgumentException("clients must be 0 or more, was " + clients);
        }
        repository.bulkLoad(() -> {
            for (int from = 0; from < clients; from += BATCH) {
                int count = Math.min(BATCH, clients - from);
                repository.insertBatch(SyntheticClients.generate(seed, from, count), DEMO_USER);
                progress.accept(from + count);
            }
        });
    }
}
