package org.amparo.deadlines.agenda;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.amparo.clients.StaleEditException;
import org.amparo.deadlines.data.ManualDeadlineRepository;
import org.amparo.platform.db.Transactions;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;

/** {@link ManualDeadlineService} over the open vault. */
public final class DefaultManualDeadlineService implements ManualDeadlineService {

    private final ManualDeadlineRepository repository;
    private final Transactions transactions;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public DefaultManualDeadlineService(ManualDeadlineRepository repository, Transactions transactions,
                                        AccessControl access, AuditLog audit) {
        this(repository, transactions, access, audit, Clock.systemUTC());
    }

    public DefaultManualDeadlineService(ManualDeadlineRepository repository, Transactions transactions,
                                        AccessControl access, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<ManualDeadline> between(LocalDate from, LocalDate to) {
        access.require(Action.READ, DataKind.CASE);
        return repository.between(from, to);
    }

    @Override
    public List<ManualDeadline> ofClient(long clientId) {
        access.require(Action.READ, DataKind.CASE);
        return repository.ofClient(clientId);
    }

    @Override
    public ManualDeadline save(ManualDeadline deadline) throws StaleEditException {
        if (deadline.label() == null || deadline.label().isBlank() || deadline.dueOn() == null) {
            throw new IllegalArgumentException("A deadline needs a date and a label.");
        }
        ManualDeadline clean = new ManualDeadline(deadline.id(), deadline.clientId(), deadline.caseId(),
                deadline.dueOn(), deadline.label().strip(), deadline.done(), deadline.version());
        boolean isNew = clean.id() == null;
        access.require(isNew ? Action.CREATE : Action.UPDATE, DataKind.CASE);
        if (isNew) {
            return transactions.inTransaction(() -> {
                ManualDeadline saved = repository.insert(clean, access.current().name(), OffsetDateTime.now(clock));
                audit.record(AuditAction.CREATE, "manual_deadline", saved.id().toString());
                return saved;
            });
        }
        return guarded(() -> {
            ManualDeadline saved = repository.update(clean);
            audit.record(AuditAction.UPDATE, "manual_deadline", saved.id().toString());
            return saved;
        });
    }

    @Override
    public Optional<ManualDeadline> find(long id) {
        access.require(Action.READ, DataKind.CASE);
        return repository.find(id);
    }

    @Override
    public void delete(long id, int version) throws StaleEditException {
        access.require(Action.DELETE, DataKind.CASE);
        guarded(() -> {
            repository.delete(id, version);
            audit.record(AuditAction.DELETE, "manual_deadline", Long.toString(id));
            return null;
        });
    }

    /** A change that may find its row changed since it was read. */
    private interface StaleAware<T> {
        T run() throws StaleEditException;
    }

    /** Runs {@code work} in one transaction (the change and its audit entry), passing a stale edit on. */
    private <T> T guarded(StaleAware<T> work) throws StaleEditException {
        Object[] result = new Object[1];
        StaleEditException[] stale = new StaleEditException[1];
        transactions.inTransaction(() -> {
            try {
                result[0] = work.run();
            } catch (StaleEditException e) {
                stale[0] = e;
            }
        });
        if (stale[0] != null) {
            throw stale[0];
        }
        @SuppressWarnings("unchecked")
        T done = (T) result[0];
        return done;
    }
}
