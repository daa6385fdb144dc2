package org.amparo.deadlines.agenda;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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
        ManualDeadline[] saved = new ManualDeadline[1];
        StaleEditException[] stale = new StaleEditException[1];
        transactions.inTransaction(() -> {
            try {
                saved[0] = repository.update(clean);
                audit.record(AuditAction.UPDATE, "manual_deadline", saved[0].id().toString());
            } catch (StaleEditException e) {
                stale[0] = e;
            }
        });
        if (stale[0] != null) {
            throw stale[0];
        }
        return saved[0];
    }
}
