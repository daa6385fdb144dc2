package org.amparo.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amparo.cases.data.CaseRepository;
import org.amparo.clients.StaleEditException;
import org.amparo.platform.db.Transactions;
import org.amparo.security.AccessControl;
import org.amparo.security.AuditLog;

/** The caseload, the conflict check, adverse parties, notes and intake drafts (phase 2 of the store). */
final class CaseWorkspace {

    private static final String LATER = "Not available in this build yet";

    CaseWorkspace(Transactions tx, AccessControl access, AuditLog audit, Clock clock, CaseRepository cases) {
    }

    List<CaseRow> caseload(CaseQuery query, LocalDate today, int offset, int limit) {
        throw new UnsupportedOperationException(LATER);
    }

    int count(CaseQuery query, LocalDate today) {
        throw new UnsupportedOperationException(LATER);
    }

    List<AdverseParty> adverseParties(long caseId) {
        throw new UnsupportedOperationException(LATER);
    }

    AdverseParty saveAdverseParty(AdverseParty party) throws StaleEditException {
        throw new UnsupportedOperationException(LATER);
    }

    List<CaseNote> notes(long caseId) {
        throw new UnsupportedOperationException(LATER);
    }

    CaseNote saveNote(CaseNote note) throws StaleEditException {
        throw new UnsupportedOperationException(LATER);
    }

    List<ConflictHit> conflicts(PersonQuery who, int limit) {
        throw new UnsupportedOperationException(LATER);
    }

    Optional<IntakeDraft> intakeDraft(long caseId) {
        throw new UnsupportedOperationException(LATER);
    }

    void saveIntakeDraft(IntakeDraft draft) {
        throw new UnsupportedOperationException(LATER);
    }

    void clearIntakeDraft(long caseId) {
        throw new UnsupportedOperationException(LATER);
    }
}
