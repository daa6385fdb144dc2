package org.amparo.courthouse;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.amparo.clients.StaleEditException;
import org.amparo.courthouse.data.CourthouseRepository;
import org.amparo.courthouse.ice287g.UsStates;
import org.amparo.platform.db.Transactions;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;

/** {@link CourthouseService} over the open vault: checks, then one transaction with its audit entry. */
public final class DefaultCourthouseService implements CourthouseService {

    /** How far back "recent" ICE activity reaches (LEGAL-REFERENCE §6.7, the facts schema). */
    static final int RECENT_DAYS = 90;

    private final CourthouseRepository repository;
    private final Transactions transactions;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public DefaultCourthouseService(CourthouseRepository repository, Transactions transactions, AccessControl access,
                                    AuditLog audit) {
        this(repository, transactions, access, audit, Clock.systemUTC());
    }

    public DefaultCourthouseService(CourthouseRepository repository, Transactions transactions, AccessControl access,
                                    AuditLog audit, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Jurisdiction> jurisdictions() {
        access.require(Action.READ, DataKind.REFERENCE_DATA);
        return repository.jurisdictions();
    }

    @Override
    public List<Courthouse> courthouses() {
        access.require(Action.READ, DataKind.REFERENCE_DATA);
        return repository.courthouses();
    }

    @Override
    public Courthouse saveCourthouse(Courthouse courthouse) throws StaleEditException {
        Courthouse clean = checked(courthouse);
        boolean isNew = clean.id() == null;
        access.require(isNew ? Action.CREATE : Action.UPDATE, DataKind.REFERENCE_DATA);
        try {
            return transactions.inTransaction(() -> {
                Courthouse saved = isNew ? repository.insert(clean) : updateOrWrap(clean);
                audit.record(isNew ? AuditAction.CREATE : AuditAction.UPDATE, "courthouse", saved.id().toString());
                return saved;
            });
        } catch (StaleRuntime e) {
            throw e.stale;
        }
    }

    private Courthouse updateOrWrap(Courthouse c) {
        try {
            return repository.update(c);
        } catch (StaleEditException e) {
            throw new StaleRuntime(e);
        }
    }

    private static Courthouse checked(Courthouse c) {
        if (c.name() == null || c.name().isBlank()) {
            throw new IllegalArgumentException("A courthouse needs a name.");
        }
        if (c.county() == null || c.county().isBlank()) {
            throw new IllegalArgumentException("A courthouse needs a county.");
        }
        String state = UsStates.code(c.state() == null ? "" : c.state())
                .orElseThrow(() -> new IllegalArgumentException("Not a US state: " + c.state()));
        String address = c.address() == null || c.address().isBlank() ? null : c.address().strip();
        return new Courthouse(c.id(), c.name().strip(), address, c.county().strip(), state, Set.copyOf(c.courtTypes()),
                c.version());
    }

    @Override
    public List<IceActivityReport> reports(long courthouseId) {
        access.require(Action.READ, DataKind.REFERENCE_DATA);
        return repository.reports(courthouseId);
    }

    @Override
    public IceActivityReport saveReport(IceActivityReport report, LocalDate today) throws StaleEditException {
        checkReport(report, today);
        boolean isNew = report.id() == null;
        access.require(isNew ? Action.CREATE : Action.UPDATE, DataKind.REFERENCE_DATA);
        IceActivityReport clean = new IceActivityReport(report.id(), report.courthouseId(), report.observedOn(),
                report.whatSeen().strip(), report.source().strip(), report.verified(),
                isNew ? access.current().name() : report.createdBy(),
                isNew ? OffsetDateTime.now(clock) : report.createdAt(), report.version());
        try {
            return transactions.inTransaction(() -> {
                IceActivityReport saved = isNew ? repository.insertReport(clean) : updateReportOrWrap(clean);
                audit.record(isNew ? AuditAction.CREATE : AuditAction.UPDATE, "ice_activity_report",
                        saved.id().toString());
                return saved;
            });
        } catch (StaleRuntime e) {
            throw e.stale;
        }
    }

    private IceActivityReport updateReportOrWrap(IceActivityReport r) {
        try {
            return repository.updateReport(r);
        } catch (StaleEditException e) {
            throw new StaleRuntime(e);
        }
    }

    private static void checkReport(IceActivityReport r, LocalDate today) {
        if (r.whatSeen() == null || r.whatSeen().isBlank()) {
            throw new IllegalArgumentException("Say what was seen.");
        }
        if (r.source() == null || r.source().isBlank()) {
            throw new IllegalArgumentException("Say who reported it.");
        }
        if (r.observedOn() == null || r.observedOn().isAfter(today)) {
            throw new IllegalArgumentException("The date must be today or earlier.");
        }
    }

    @Override
    public Integer recentReportCount(String state, String county, String courthouseName, LocalDate asOf) {
        if (state == null || courthouseName == null || courthouseName.isBlank()) {
            return null;
        }
        String stateKey = UsStates.code(state).orElse(state.strip());
        return repository.findCourthouse(stateKey, CountyKeys.lookupKeys(county), CountyKeys.key(courthouseName))
                .map(id -> repository.countReports(id, asOf.minusDays(RECENT_DAYS - 1L), asOf))
                .orElse(null);
    }

    /** Carries a stale edit out of a transaction lambda (which cannot throw checked exceptions). */
    private static final class StaleRuntime extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient StaleEditException stale;

        StaleRuntime(StaleEditException stale) {
            super(stale.getMessage(), null, false, false);
            this.stale = stale;
        }
    }
}
