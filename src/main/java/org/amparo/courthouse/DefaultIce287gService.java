package org.amparo.courthouse;

import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.amparo.courthouse.data.Ice287gRepository;
import org.amparo.courthouse.ice287g.Ice287gParser;
import org.amparo.courthouse.ice287g.Ice287gReport;
import org.amparo.courthouse.ice287g.Ice287gSnapshot;
import org.amparo.courthouse.ice287g.UsStates;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.platform.db.Database;
import org.amparo.security.VaultService;

/** {@link Ice287gService} over the open vault: the pure parser, then one transaction through the repository. */
public final class DefaultIce287gService implements Ice287gService {

    static final String UNKNOWN_USER = "unknown";

    private final Ice287gRepository repository;
    private final Ice287gParser parser;
    private final Supplier<String> currentUser;
    private final Clock clock;

    @Inject
    public DefaultIce287gService(Database db, VaultService vault) {
        this(new Ice287gRepository(db), new Ice287gParser(), () -> vault.currentUser().orElse(UNKNOWN_USER),
                Clock.systemUTC());
    }

    public DefaultIce287gService(Ice287gRepository repository, Ice287gParser parser, Supplier<String> currentUser,
                                 Clock clock) {
        this.repository = repository;
        this.parser = parser;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Ice287gReport importList(InputStream in, String fileName, boolean dryRun) {
        Ice287gSnapshot snapshot = parser.parse(in, fileName);
        if (!dryRun) {
            repository.save(snapshot, SourceNames.fileNameOnly(fileName), SourceNames.listDate(fileName).orElse(null),
                    currentUser.get(), OffsetDateTime.now(clock));
        }
        return snapshot.report();
    }

    @Override
    public Optional<SnapshotInfo> current() {
        return repository.current();
    }

    @Override
    public List<SnapshotInfo> snapshots() {
        return repository.all();
    }

    @Override
    public Set<Model287g> modelsFor(String state, String county) {
        Set<String> keys = CountyKeys.lookupKeys(county);
        if (state == null || state.isBlank() || keys.isEmpty()) {
            return EnumSet.noneOf(Model287g.class);
        }
        String stateKey = UsStates.code(state).orElse(state.trim());
        return repository.models(stateKey, keys);
    }
}
