package org.amparo.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.amparo.clients.StaleEditException;
import org.amparo.facts.FactsDocument;

/**
 * Cases, the facts of their clients, adverse parties, notes and stored screenings. Every write is one transaction
 * with its audit entry; every method checks the signed-in user's permissions ({@code security.AccessControl}) and
 * throws {@code AccessDeniedException} when they do not allow it. Blocking: call from a background task.
 */
public interface CaseService {

    /** Saves a new case ({@code id == null}) for an existing client; a blank case number gets the next free one. */
    CaseInfo openCase(CaseInfo draft);

    /** Updates a case's own fields (status, relief, assignments, dates); a stale version is refused. */
    CaseInfo saveCase(CaseInfo info) throws StaleEditException;

    Optional<CaseInfo> findCase(long caseId);

    Optional<CaseInfo> findCaseByNumber(String caseNumber);

    List<CaseInfo> casesOf(long clientId);

    /** The client's facts, assembled from the normalised tables (person from the client record). */
    FactsSnapshot facts(long clientId);

    /**
     * Replaces one section of the client's facts with that section of {@code source} (other sections of
     * {@code source} are ignored). Refused with {@link StaleEditException} if {@code expectedVersion} is not the
     * stored one. {@code PERSON} is saved through {@code ClientService} and is refused here.
     */
    FactsSnapshot saveSection(long clientId, FactSection section, FactsDocument source, int expectedVersion)
            throws StaleEditException;

    /** One page of the caseload, filtered and sorted by a single query. */
    List<CaseRow> caseload(CaseQuery query, LocalDate today, int offset, int limit);

    int count(CaseQuery query, LocalDate today);

    List<AdverseParty> adverseParties(long caseId);

    AdverseParty saveAdverseParty(AdverseParty party) throws StaleEditException;

    List<CaseNote> notes(long caseId);

    CaseNote saveNote(CaseNote note) throws StaleEditException;

    /** Clients and adverse parties who may be this person (name, alias, date of birth), best matches first. */
    List<ConflictHit> conflicts(PersonQuery who, int limit);

    Optional<IntakeDraft> intakeDraft(long caseId);

    /**
     * Saves (replaces) the intake draft of a case; cleared with {@link #clearIntakeDraft} when intake finishes. A
     * draft save that arrives once the case has left intake (the window's last background save, racing Finish) keeps
     * nothing.
     */
    void saveIntakeDraft(IntakeDraft draft);

    void clearIntakeDraft(long caseId);

    /**
     * Finishes an intake in one transaction: saves her client record (when given), replaces each listed section with
     * that section of the answers, opens the case and clears its draft. Refused with {@link StaleEditException} (the
     * stale-save message of that section, her record or the case) when any of them was stored since with another
     * version; then, as on any failure, nothing is stored and the draft stays.
     */
    default CaseInfo finishIntake(IntakeFinish finish) throws StaleEditException {
        throw new UnsupportedOperationException("This store cannot finish an intake.");
    }

    /**
     * Stores each document as a new client with her facts and an intake case, all in one transaction (nothing is
     * stored if one fails). The caller has validated the documents.
     */
    List<ImportedCase> importDocuments(List<FactsDocument> documents, String program);

    /**
     * Streams every open and intake case with its facts and latest screening, {@code chunkSize} at a time, in case
     * order, to {@code chunk} on the calling thread (the next chunks may be read meanwhile on other threads).
     */
    void forEachOpenCase(int chunkSize, Consumer<List<CaseFacts>> chunk);

    /** Stores a run and its results in one transaction; returns the run with its id. */
    ScreeningRun recordScreenings(ScreeningRun run, List<CaseScreening> results);

    /**
     * Puts right what a crash left of re-screens (runs stored part way are removed, pointer moves of completed runs are
     * finished), except for runs this service is still writing; returns how many runs it put right. This default
     * (a store that writes each run whole) has nothing to do.
     */
    default int recoverInterruptedRuns() {
        return 0;
    }

    /**
     * A writer that stores {@code run} chunk by chunk while it is screened; it counts only once completed. This
     * default keeps the results in memory and calls {@link #recordScreenings} at the end.
     */
    default ScreeningWriter screeningWriter(ScreeningRun run) {
        return ScreeningWriter.buffered(this, run);
    }

    /** Court events and ICE check-ins of open and intake cases' clients dated in [from, to], by date. */
    List<ScheduledEvent> eventsBetween(LocalDate from, LocalDate to);

    /** A case's screening history, newest first. */
    List<CaseScreening> history(long caseId);
}
