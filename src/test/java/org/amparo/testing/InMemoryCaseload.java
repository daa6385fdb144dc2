package org.amparo.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.amparo.cases.AdverseParty;
import org.amparo.cases.CaseFacts;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseNote;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseRow;
import org.amparo.cases.CaseScreening;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.ConflictHit;
import org.amparo.cases.FactSection;
import org.amparo.cases.FactsSnapshot;
import org.amparo.cases.ImportedCase;
import org.amparo.cases.IntakeDraft;
import org.amparo.cases.PersonQuery;
import org.amparo.cases.ScheduledEvent;
import org.amparo.cases.ScreeningRun;
import org.amparo.facts.FactsDocument;

/**
 * The caseload part of {@link CaseService} in memory, for re-screen and caseload tests: cases with their client's
 * facts and screening history, paged and filtered caseload, stored runs. Methods outside the caseload throw.
 * Thread-safe (synchronized).
 */
public final class InMemoryCaseload implements CaseService {

    private record Stored(CaseInfo info, String clientName, FactsDocument facts, List<CaseScreening> history) { }

    private final Map<Long, Stored> cases = new LinkedHashMap<>();
    private final List<ScreeningRun> runs = new ArrayList<>();
    private final List<Integer> chunkSizes = new ArrayList<>();
    private long nextId = 1;
    private int caseloadCalls;

    /** Adds an open case for a new client; returns its id. */
    public synchronized long add(String caseNumber, String clientName, CaseStatus status, String advocate,
                                 FactsDocument facts) {
        long id = nextId++;
        CaseInfo info = new CaseInfo(id, id, caseNumber, Set.of(), status, advocate, null, "main",
                LocalDate.of(2025, 1, 1).plusDays(id), null, 1);
        cases.put(id, new Stored(info, clientName, facts, new ArrayList<>()));
        return id;
    }

    /** Replaces a client's facts (as an edit in the case view would). */
    public synchronized void setFacts(long caseId, FactsDocument facts) {
        Stored s = cases.get(caseId);
        cases.put(caseId, new Stored(s.info(), s.clientName(), facts, s.history()));
    }

    public synchronized List<ScreeningRun> runs() {
        return List.copyOf(runs);
    }

    /** Sizes of the result lists passed to {@code recordScreenings}, in call order. */
    public synchronized List<Integer> chunkSizes() {
        return List.copyOf(chunkSizes);
    }

    /** How many caseload pages were asked for. */
    public synchronized int caseloadCalls() {
        return caseloadCalls;
    }

    @Override
    public synchronized List<CaseRow> caseload(CaseQuery query, LocalDate today, int offset, int limit) {
        caseloadCalls++;
        List<CaseRow> rows = matching(query, today);
        return List.copyOf(rows.subList(Math.min(offset, rows.size()), Math.min(rows.size(), offset + limit)));
    }

    @Override
    public synchronized int count(CaseQuery query, LocalDate today) {
        return matching(query, today).size();
    }

    private List<CaseRow> matching(CaseQuery q, LocalDate today) {
        List<CaseRow> rows = new ArrayList<>();
        String text = q.text().strip().toLowerCase(Locale.ROOT);
        LocalDate limit = q.deadlineLimit(today);
        for (Stored s : cases.values()) {
            CaseScreening latest = s.history().isEmpty() ? null : s.history().get(0);
            boolean ok = (text.isEmpty() || s.clientName().toLowerCase(Locale.ROOT).contains(text)
                    || s.info().caseNumber().contains(text))
                    && q.status().map(st -> st == s.info().status()).orElse(true)
                    && q.assignedTo().map(u -> u.equals(s.info().assignedAdvocate())).orElse(true)
                    && (q.frameworkOutcome().isEmpty() || latest != null && q.frameworkOutcome().get()
                            == latest.frameworks().get(q.framework().orElse(latest.inForceFramework())))
                    && (q.reliefOutcome().isEmpty() ? q.relief().map(r -> s.info().reliefPursued().contains(r)).orElse(true)
                            : latest != null && q.relief().map(r -> q.reliefOutcome().get() == latest.relief().get(r))
                                    .orElse(latest.relief().containsValue(q.reliefOutcome().get())))
                    && (limit == null || latest != null && latest.nextDeadline() != null
                            && !latest.nextDeadline().isAfter(limit) && !latest.nextDeadline().isBefore(today));
            if (ok) {
                rows.add(row(s, latest));
            }
        }
        rows.sort(order(q.sort()));
        return rows;
    }

    private static Comparator<CaseRow> order(CaseQuery.Sort sort) {
        Comparator<CaseRow> byName = Comparator.comparing(CaseRow::clientDisplayName);
        return switch (sort) {
            case CLIENT_NAME -> byName;
            case CASE_NUMBER -> Comparator.comparing(CaseRow::caseNumber);
            case NEXT_DEADLINE -> Comparator.comparing(CaseRow::nextDeadline,
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case OPENED_NEWEST -> Comparator.comparingLong(CaseRow::caseId).reversed();
            case STATUS -> Comparator.comparing(CaseRow::status).thenComparing(byName);
        };
    }

    private static CaseRow row(Stored s, CaseScreening latest) {
        return new CaseRow(s.info().id(), s.info().clientId(), s.info().caseNumber(), s.clientName(),
                s.info().status(), "", s.info().assignedAdvocate(),
                latest == null || latest.inForceFramework() == null ? null
                        : latest.frameworks().get(latest.inForceFramework()),
                latest == null ? null : latest.nextDeadline(), latest == null ? null : latest.nextDeadlineLabel());
    }

    @Override
    public void forEachOpenCase(int chunkSize, Consumer<List<CaseFacts>> chunk) {
        List<CaseFacts> open = new ArrayList<>();
        synchronized (this) {
            for (Stored s : cases.values()) {
                if (s.info().status() != CaseStatus.CLOSED) {
                    open.add(new CaseFacts(s.info().id(), s.info().clientId(), s.info().caseNumber(), s.facts(),
                            s.history().isEmpty() ? null : s.history().get(0)));
                }
            }
        }
        for (int from = 0; from < open.size(); from += chunkSize) {
            chunk.accept(open.subList(from, Math.min(open.size(), from + chunkSize)));
        }
    }

    @Override
    public synchronized ScreeningRun recordScreenings(ScreeningRun run, List<CaseScreening> results) {
        ScreeningRun stored = new ScreeningRun((long) runs.size() + 1, run.startedAt(), run.asOf(),
                run.frameworks(), run.trigger(), run.user(), results.size());
        runs.add(stored);
        chunkSizes.add(results.size());
        for (CaseScreening r : results) {
            CaseScreening withId = new CaseScreening(r.caseId(), stored.id(), r.screenedAt(), r.asOf(),
                    r.frameworks(), r.relief(), r.inForceFramework(), r.nextDeadline(), r.nextDeadlineLabel());
            cases.get(r.caseId()).history().add(0, withId);
        }
        return stored;
    }

    @Override
    public synchronized List<CaseScreening> history(long caseId) {
        return List.copyOf(cases.get(caseId).history());
    }

    @Override
    public synchronized Optional<CaseInfo> findCase(long caseId) {
        return Optional.ofNullable(cases.get(caseId)).map(Stored::info);
    }

    @Override
    public synchronized Optional<CaseInfo> findCaseByNumber(String caseNumber) {
        return cases.values().stream().map(Stored::info).filter(i -> i.caseNumber().equals(caseNumber)).findFirst();
    }

    @Override
    public synchronized List<ImportedCase> importDocuments(List<FactsDocument> documents, String program) {
        List<ImportedCase> out = new ArrayList<>();
        for (FactsDocument d : documents) {
            String name = d.person() == null ? d.ref() : d.person().givenName() + " " + d.person().familyName();
            long id = add(String.format("2026-%05d", nextId), name, CaseStatus.INTAKE, null, d);
            out.add(new ImportedCase(d.ref(), id, id));
        }
        return out;
    }

    @Override
    public CaseInfo openCase(CaseInfo draft) {
        throw unsupported();
    }

    @Override
    public CaseInfo saveCase(CaseInfo info) {
        throw unsupported();
    }

    @Override
    public List<CaseInfo> casesOf(long clientId) {
        throw unsupported();
    }

    @Override
    public FactsSnapshot facts(long clientId) {
        throw unsupported();
    }

    @Override
    public FactsSnapshot saveSection(long clientId, FactSection section, FactsDocument source, int expectedVersion) {
        throw unsupported();
    }

    @Override
    public List<AdverseParty> adverseParties(long caseId) {
        throw unsupported();
    }

    @Override
    public AdverseParty saveAdverseParty(AdverseParty party) {
        throw unsupported();
    }

    @Override
    public List<CaseNote> notes(long caseId) {
        throw unsupported();
    }

    @Override
    public CaseNote saveNote(CaseNote note) {
        throw unsupported();
    }

    @Override
    public List<ConflictHit> conflicts(PersonQuery who, int limit) {
        throw unsupported();
    }

    @Override
    public Optional<IntakeDraft> intakeDraft(long caseId) {
        throw unsupported();
    }

    @Override
    public void saveIntakeDraft(IntakeDraft draft) {
        throw unsupported();
    }

    @Override
    public void clearIntakeDraft(long caseId) {
        throw unsupported();
    }

    @Override
    public List<ScheduledEvent> eventsBetween(LocalDate from, LocalDate to) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not part of the in-memory caseload");
    }
}
