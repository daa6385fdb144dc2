package org.amparo.cases;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.amparo.cases.data.CaseRepository;
import org.amparo.cases.data.DraftRepository;
import org.amparo.cases.data.FactsRepository;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.clients.StaleEditException;
import org.amparo.platform.db.Transactions;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;

/**
 * Finishes an intake as one transaction: her client record, each changed section (with the version the answers were
 * based on), the case opened and the draft cleared, each with its audit entry. A stale version or any failure rolls
 * all of it back, so the draft stays and nothing is half-stored.
 */
final class IntakeFinishing {

    /** Carries a stale refusal out of the transaction (which takes no checked exceptions) so it rolls back. */
    private static final class Stale extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stale(String message) {
            super(message, null, false, false);
        }
    }

    private final Transactions tx;
    private final ClientService clients;
    private final AccessControl access;
    private final AuditLog audit;
    private final FactsRepository facts;
    private final CaseRepository cases;
    private final DraftRepository drafts;

    IntakeFinishing(Transactions tx, ClientService clients, AccessControl access, AuditLog audit,
                    FactsRepository facts, CaseRepository cases, DraftRepository drafts) {
        this.tx = tx;
        this.clients = clients;
        this.access = access;
        this.audit = audit;
        this.facts = facts;
        this.cases = cases;
        this.drafts = drafts;
    }

    CaseInfo finish(IntakeFinish request) throws StaleEditException {
        access.require(Action.UPDATE, DataKind.CASE);
        request.sections().keySet().forEach(s -> access.require(Action.UPDATE, FactsAccess.kindOf(s)));
        if (request.client() != null) {
            access.require(Action.UPDATE, DataKind.CLIENT_IDENTITY);
        }
        try {
            return tx.inTransaction(() -> {
                CaseInfo stored = lockedCase(request.caseId());
                saveClient(stored.clientId(), request.client());
                saveSections(stored.clientId(), request);
                open(stored, request.caseVersion());
                if (drafts.clear(stored.id())) {
                    audit.record(AuditAction.DELETE, "intake_draft", String.valueOf(stored.id()));
                }
                return cases.find(stored.id()).orElseThrow();
            });
        } catch (Stale e) {
            throw new StaleEditException(e.getMessage());
        }
    }

    private void saveClient(long clientId, Client client) {
        if (client == null) {
            return;
        }
        if (client.id() == null || client.id() != clientId) {
            throw new IllegalArgumentException("The intake's client record is not the case's client.");
        }
        try {
            clients.save(client);
        } catch (StaleEditException e) {
            throw new Stale(e.getMessage());
        }
        audit.record(AuditAction.UPDATE, "client", String.valueOf(clientId));
    }

    private void saveSections(long clientId, IntakeFinish request) {
        for (Map.Entry<FactSection, Integer> e : new EnumMap<>(request.sections()).entrySet()) {
            FactSection section = e.getKey();
            if (!facts.replaceSection(clientId, section, request.facts(), e.getValue(), user())) {
                throw new Stale(staleSection(section));
            }
            audit.record(AuditAction.UPDATE, "facts_" + section.name().toLowerCase(Locale.ROOT),
                    String.valueOf(clientId));
        }
    }

    private void open(CaseInfo stored, int version) {
        CaseInfo opened = new CaseInfo(stored.id(), stored.clientId(), stored.caseNumber(), stored.reliefPursued(),
                CaseStatus.OPEN, stored.assignedAdvocate(), stored.assignedAttorney(), stored.program(),
                stored.openedOn(), stored.closedOn(), version);
        if (stored.status() != CaseStatus.INTAKE || !cases.update(opened, user())) {
            throw new Stale("Case " + stored.caseNumber() + " was changed by someone else since the intake was "
                    + "opened (or it is no longer in intake); reopen it and apply the edit again.");
        }
        audit.record(AuditAction.UPDATE, "client_case", String.valueOf(stored.id()));
    }

    /** The refusal of a stale section save, worded as every stale facts save is. */
    static String staleSection(FactSection section) {
        return "These " + section.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " facts were changed by "
                + "someone else since they were opened; reopen them and apply the edit again.";
    }

    /** The case, locked first: a draft save racing this finish then waits for it and sees the case opened. */
    private CaseInfo lockedCase(long caseId) {
        return cases.lock(caseId).filter(c -> access.canSeeCase(c.program(), c.assignedAdvocate(),
                c.assignedAttorney())).orElseThrow(() -> new IllegalArgumentException("There is no case " + caseId
                + "."));
    }

    private String user() {
        return access.current().name();
    }
}
