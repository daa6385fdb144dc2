package org.amparo.deadlines.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.amparo.cases.AdverseParty;
import org.amparo.cases.CaseFacts;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseNote;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseRow;
import org.amparo.cases.CaseScreening;
import org.amparo.cases.CaseService;
import org.amparo.cases.ConflictHit;
import org.amparo.cases.FactSection;
import org.amparo.cases.FactsSnapshot;
import org.amparo.cases.ImportedCase;
import org.amparo.cases.IntakeDraft;
import org.amparo.cases.PersonQuery;
import org.amparo.cases.ScheduledEvent;
import org.amparo.cases.ScreeningRun;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.IceCheckin;

/**
 * A case store in memory with just what the calendar reads: one open case per client with her facts. Thread-safe
 * enough for one background task at a time.
 */
public final class InMemoryCaseService implements CaseService {

    private record Entry(String caseNumber, String name, FactsDocument facts) { }

    private final Map<Long, Entry> clients = new LinkedHashMap<>();
    private final Map<Long, CaseRow> stored = new java.util.HashMap<>();
    private int openCaseScans;

    /** Records a stored screening of the client's case: its next deadline (null: none upcoming). */
    public synchronized void screened(long clientId, LocalDate nextDeadline, String label) {
        Entry c = clients.get(clientId);
        stored.put(clientId, new CaseRow(0, clientId, c.caseNumber(), c.name(), org.amparo.cases.CaseStatus.OPEN,
                null, null, org.amparo.screening.FrameworkOutcome.values()[0], nextDeadline, label));
    }

    /** How many times every open case was read with its facts (what screening the whole caseload needs). */
    public synchronized int openCaseScans() {
        return openCaseScans;
    }

    /** Adds or replaces a client's open case and facts. */
    public synchronized void put(long clientId, String caseNumber, String name, FactsDocument facts) {
        clients.put(clientId, new Entry(caseNumber, name, facts));
    }

    @Override
    public synchronized FactsSnapshot facts(long clientId) {
        return new FactsSnapshot(clientId, clients.get(clientId).facts(), Map.of());
    }

    @Override
    public synchronized void forEachOpenCase(int chunkSize, Consumer<List<CaseFacts>> chunk) {
        openCaseScans++;
        List<CaseFacts> all = new ArrayList<>();
        long caseId = 1;
        for (Map.Entry<Long, Entry> e : clients.entrySet()) {
            all.add(new CaseFacts(caseId++, e.getKey(), e.getValue().caseNumber(), e.getValue().facts(), null));
        }
        for (int i = 0; i < all.size(); i += chunkSize) {
            chunk.accept(all.subList(i, Math.min(all.size(), i + chunkSize)));
        }
    }

    @Override
    public synchronized List<ScheduledEvent> eventsBetween(LocalDate from, LocalDate to) {
        List<ScheduledEvent> events = new ArrayList<>();
        clients.forEach((id, e) -> {
            for (CourtEvent c : list(e.facts().courtEvents())) {
                if (within(c.date(), from, to)) {
                    events.add(new ScheduledEvent(id, e.name(), c.ref(), ScheduledEvent.Kind.COURT_EVENT, c.date(),
                            c.courthouse(), c.courtType() == null ? null : c.courtType().name(), c.county(),
                            c.state()));
                }
            }
            for (IceCheckin c : list(e.facts().iceCheckins())) {
                if (within(c.date(), from, to)) {
                    events.add(new ScheduledEvent(id, e.name(), c.ref(), ScheduledEvent.Kind.ICE_CHECKIN, c.date(),
                            c.office(), null, null, null));
                }
            }
        });
        events.sort(Comparator.comparing(ScheduledEvent::date));
        return events;
    }

    private static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    @Override
    public CaseInfo openCase(CaseInfo draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CaseInfo saveCase(CaseInfo info) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<CaseInfo> findCase(long caseId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<CaseInfo> findCaseByNumber(String caseNumber) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CaseInfo> casesOf(long clientId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FactsSnapshot saveSection(long clientId, FactSection section, FactsDocument source, int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized List<CaseRow> caseload(CaseQuery query, LocalDate today, int offset, int limit) {
        List<CaseRow> rows = new ArrayList<>();
        long caseId = 1;
        String text = query.text().toLowerCase(java.util.Locale.ROOT);
        for (Map.Entry<Long, Entry> e : clients.entrySet()) {
            long id = caseId++;
            Entry c = e.getValue();
            if ((c.name() + " " + c.caseNumber()).toLowerCase(java.util.Locale.ROOT).contains(text)) {
                CaseRow s = stored.get(e.getKey());
                rows.add(new CaseRow(id, e.getKey(), c.caseNumber(), c.name(), org.amparo.cases.CaseStatus.OPEN,
                        null, null, s == null ? null : s.inForceOutcome(), s == null ? null : s.nextDeadline(),
                        s == null ? null : s.nextDeadlineLabel()));
            }
        }
        return rows.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public int count(CaseQuery query, LocalDate today) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AdverseParty> adverseParties(long caseId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AdverseParty saveAdverseParty(AdverseParty party) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CaseNote> notes(long caseId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CaseNote saveNote(CaseNote note) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ConflictHit> conflicts(PersonQuery who, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<IntakeDraft> intakeDraft(long caseId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void saveIntakeDraft(IntakeDraft draft) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clearIntakeDraft(long caseId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ImportedCase> importDocuments(List<FactsDocument> documents, String program) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScreeningRun recordScreenings(ScreeningRun run, List<CaseScreening> results) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CaseScreening> history(long caseId) {
        throw new UnsupportedOperationException();
    }
}
