package org.amparo.courthouse;

import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amparo.courthouse.data.Ice287gRepository;
import org.amparo.courthouse.ice287g.Ice287gParser;
import org.amparo.courthouse.ice287g.Ice287gReport;
import org.amparo.courthouse.ice287g.Ice287gSnapshot;
import org.amparo.courthouse.ice287g.UsStates;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.Transactions;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;

/**
 * {@link Ice287gService} over the open vault: the pure parser, then one transaction through the repository with its
 * audit entry. Reading a list (dry run or import) needs {@code IMPORT REFERENCE_DATA}.
 */
public final class DefaultIce287gService implements Ice287gService {

    private final Ice287gRepository repository;
    private final Ice287gParser parser;
    private final Transactions transactions;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public DefaultIce287gService(Database db, AccessControl access, AuditLog audit) {
        this(new Ice287gRepository(db), new Ice287gParser(), db, access, audit, Clock.systemUTC());
    }

    public DefaultIce287gService(Ice287gRepository repository, Ice287gParser parser, Transactions transactions,
                                 AccessControl access, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.parser = parser;
        this.transactions = transactions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Ice287gReport importList(InputStream in, String fileName, boolean dryRun) {
        access.require(Action.IMPORT, DataKind.REFERENCE_DATA);
        Ice287gSnapshot snapshot = parser.parse(in, fileName);
        if (!dryRun) {
            String by = access.current().name();
            transactions.inTransaction(() -> {
                SnapshotInfo saved = repository.save(snapshot, SourceNames.fileNameOnly(fileName),
                        SourceNames.listDate(fileName).orElse(null), by, OffsetDateTime.now(clock));
                audit.record(AuditAction.IMPORT, "ice_287g_snapshot", Long.toString(saved.id()));
            });
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
