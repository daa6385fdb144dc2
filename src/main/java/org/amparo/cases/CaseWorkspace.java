package org.amparo.cases;

import java.util.List;
import java.util.Optional;
import org.amparo.cases.data.CaseRepository;
import org.amparo.cases.data.DraftRepository;
import org.amparo.cases.data.NoteRepository;
import org.amparo.cases.data.PartyRepository;
import org.amparo.clients.StaleEditException;
import org.amparo.platform.db.Transactions;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;

/**
 * Adverse parties, notes and intake drafts of one case. Each needs the case to be visible to the signed-in user (an
 * invisible case is reported as missing), each write is one transaction with its audit entry.
 */
final class CaseWorkspace {

    private final Transactions tx;
    private final AccessControl access;
    private final AuditLog audit;
    private final CaseRepository cases;
    private final PartyRepository parties;
    private final NoteRepository notes;
    private final DraftRepository drafts;

    CaseWorkspace(Transactions tx, AccessControl access, AuditLog audit, CaseRepository cases, PartyRepository parties,
            NoteRepository notes, DraftRepository drafts) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.cases = cases;
        this.parties = parties;
        this.notes = notes;
        this.drafts = drafts;
    }

    List<AdverseParty> adverseParties(long caseId) {
        access.require(Action.READ, DataKind.PROTECTED_1367);
        visibleCase(caseId);
        return parties.ofCase(caseId);
    }

    AdverseParty saveAdverseParty(AdverseParty party) throws StaleEditException {
        access.require(party.id() == null ? Action.CREATE : Action.UPDATE, DataKind.PROTECTED_1367);
        Optional<AdverseParty> saved = tx.inTransaction(() -> {
            visibleCase(party.caseId());
            Optional<AdverseParty> out = party.id() == null ? Optional.of(parties.insert(party, user()))
                    : parties.update(party, user());
            out.ifPresent(p -> audit.record(party.id() == null ? AuditAction.CREATE : AuditAction.UPDATE,
                    "adverse_party", String.valueOf(p.id())));
            return out;
        });
        return saved.orElseThrow(() -> new StaleEditException("This adverse party was changed by someone else since "
                + "it was opened (or it was removed); reopen it and apply the edit again."));
    }

    List<CaseNote> notes(long caseId) {
        access.require(Action.READ, DataKind.CASE_NOTE);
        visibleCase(caseId);
        return notes.ofCase(caseId);
    }

    CaseNote saveNote(CaseNote note) throws StaleEditException {
        access.require(note.id() == null ? Action.CREATE : Action.UPDATE, DataKind.CASE_NOTE);
        Optional<CaseNote> saved = tx.inTransaction(() -> {
            visibleCase(note.caseId());
            Optional<CaseNote> out = note.id() == null ? Optional.of(notes.insert(note, user()))
                    : notes.update(note, user());
            out.ifPresent(n -> audit.record(note.id() == null ? AuditAction.CREATE : AuditAction.UPDATE,
                    "case_note", String.valueOf(n.id())));
            return out;
        });
        return saved.orElseThrow(() -> new StaleEditException("This note was changed by someone else since it was "
                + "opened (or it was removed); reopen it and apply the edit again."));
    }

    Optional<IntakeDraft> intakeDraft(long caseId) {
        access.require(Action.READ, DataKind.CASE);
        visibleCase(caseId);
        return drafts.find(caseId);
    }

    void saveIntakeDraft(IntakeDraft draft) {
        access.require(Action.UPDATE, DataKind.CASE);
        tx.inTransaction(() -> {
            if (cases.lock(draft.caseId()).filter(this::visible).orElseThrow(() -> noCase(draft.caseId()))
                    .status() != CaseStatus.INTAKE) {
                return;
            }
            drafts.save(draft, user());
            audit.record(AuditAction.UPDATE, "intake_draft", String.valueOf(draft.caseId()));
        });
    }

    void clearIntakeDraft(long caseId) {
        access.require(Action.UPDATE, DataKind.CASE);
        tx.inTransaction(() -> {
            visibleCase(caseId);
            if (drafts.clear(caseId)) {
                audit.record(AuditAction.DELETE, "intake_draft", String.valueOf(caseId));
            }
        });
    }

    private CaseInfo visibleCase(long caseId) {
        return cases.find(caseId).filter(this::visible).orElseThrow(() -> noCase(caseId));
    }

    private boolean visible(CaseInfo c) {
        return access.canSeeCase(c.program(), c.assignedAdvocate(), c.assignedAttorney());
    }

    private static IllegalArgumentException noCase(long caseId) {
        return new IllegalArgumentException("There is no case " + caseId + ".");
    }

    private String user() {
        return access.current().name();
    }
}
