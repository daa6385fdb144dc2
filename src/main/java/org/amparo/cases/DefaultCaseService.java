package org.amparo.cases;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.amparo.cases.data.CaseRepository;
import org.amparo.cases.data.CaseloadRepository;
import org.amparo.cases.data.ConflictRepository;
import org.amparo.cases.data.DraftRepository;
import org.amparo.cases.data.NoteRepository;
import org.amparo.cases.data.PartyRepository;
import org.amparo.cases.data.EventRepository;
import org.amparo.cases.data.FactsRepository;
import org.amparo.cases.data.ScreeningRepository;
import org.amparo.cases.data.StoredFacts;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.clients.ClientSummary;
import org.amparo.clients.StaleEditException;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Person;
import org.amparo.platform.db.Database;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;

/**
 * {@link CaseService} over the open vault. Each method checks access first; each write runs in one transaction with
 * its audit entry. Bulk work (import, streaming open cases, recording a re-screen) uses one query per table per
 * chunk, never one per case. The caseload and conflict check are in {@link CaseloadQueries}; parties, notes and drafts in
 * {@link CaseWorkspace}.
 */
@Singleton
public final class DefaultCaseService implements CaseService {

    /**
     * Chunks of a pass over the caseload read at once, each on its own thread and connection, ahead of the consumer.
     */
    private static final int READERS = 2;

    private final Database db;
    private final ClientService clients;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final FactsRepository facts;
    private final CaseRepository cases;
    private final ScreeningRepository screenings;
    private final EventRepository events;
    private final FactsAccess factsAccess;
    private final CaseImport importer;
    private final CaseWorkspace workspace;
    private final CaseloadQueries queries;
    private final IntakeFinishing intakes;
    /** Re-screen runs this service is still writing (one service per app: see {@code StagedScreeningWriter}). */
    private final Set<Long> liveRuns = ConcurrentHashMap.newKeySet();

    @Inject
    public DefaultCaseService(Database db, ClientService clients, AccessControl access, AuditLog audit) {
        this(db, clients, access, audit, Clock.systemDefaultZone());
    }

    public DefaultCaseService(Database db, ClientService clients, AccessControl access, AuditLog audit, Clock clock) {
        this.db = db;
        this.clients = clients;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.facts = new FactsRepository(db);
        this.cases = new CaseRepository(db);
        this.screenings = new ScreeningRepository(db);
        this.events = new EventRepository(db);
        this.factsAccess = new FactsAccess(access);
        this.importer = new CaseImport(db, clients, access, audit, clock, facts, cases);
        DraftRepository drafts = new DraftRepository(db);
        this.workspace = new CaseWorkspace(db, access, audit, cases, new PartyRepository(db), new NoteRepository(db),
                drafts);
        this.intakes = new IntakeFinishing(db, clients, access, audit, facts, cases, drafts);
        this.queries = new CaseloadQueries(db, clients, access, cases, new CaseloadRepository(db),
                new ConflictRepository(db), new PartyRepository(db));
    }

    @Override
    public CaseInfo openCase(CaseInfo draft) {
        access.require(Action.CREATE, DataKind.CASE);
        if (draft.id() != null) {
            throw new IllegalArgumentException("openCase saves a new case; use saveCase to change case " + draft.id());
        }
        return db.inTransaction(() -> {
            if (clients.find(draft.clientId()).isEmpty()) {
                throw new IllegalArgumentException("There is no client " + draft.clientId() + " to open a case for.");
            }
            refuseTakenNumber(draft.caseNumber());
            CaseInfo stored = cases.insertAll(List.of(draft), LocalDate.now(clock).getYear(), user()).get(0);
            audit.record(AuditAction.CREATE, "client_case", String.valueOf(stored.id()));
            return stored;
        });
    }

    private void refuseTakenNumber(String number) {
        if (number != null && !number.isBlank() && cases.numberTaken(number)) {
            throw new IllegalArgumentException("Case number " + number.strip() + " is already used by another case.");
        }
    }

    @Override
    public CaseInfo saveCase(CaseInfo info) throws StaleEditException {
        access.require(Action.UPDATE, DataKind.CASE);
        if (info.id() == null) {
            throw new IllegalArgumentException("saveCase changes a stored case; use openCase for a new one");
        }
        boolean saved = db.inTransaction(() -> {
            Optional<CaseInfo> byNumber = cases.findByNumber(info.caseNumber());
            if (byNumber.isPresent() && !byNumber.get().id().equals(info.id())) {
                throw new IllegalArgumentException("Case number " + info.caseNumber().strip()
                        + " is already used by another case.");
            }
            boolean ok = cases.update(info, user());
            if (ok) {
                audit.record(AuditAction.UPDATE, "client_case", String.valueOf(info.id()));
            }
            return ok;
        });
        if (!saved) {
            throw new StaleEditException("Case " + info.caseNumber() + " was changed by someone else since it was "
                    + "opened (or it no longer exists); reopen it and apply the edit again.");
        }
        return cases.find(info.id()).orElseThrow();
    }

    @Override
    public Optional<CaseInfo> findCase(long caseId) {
        access.require(Action.READ, DataKind.CASE);
        return cases.find(caseId).filter(this::visible);
    }

    @Override
    public Optional<CaseInfo> findCaseByNumber(String caseNumber) {
        access.require(Action.READ, DataKind.CASE);
        return cases.findByNumber(caseNumber).filter(this::visible);
    }

    @Override
    public List<CaseInfo> casesOf(long clientId) {
        access.require(Action.READ, DataKind.CASE);
        return cases.ofClient(clientId).stream().filter(this::visible).toList();
    }

    @Override
    public FactsSnapshot facts(long clientId) {
        access.require(Action.READ, DataKind.CLIENT_IDENTITY);
        return db.inTransaction(() -> {
            Client client = clients.find(clientId).orElseThrow(() ->
                    new IllegalArgumentException("There is no client " + clientId + "."));
            StoredFacts stored = factsAccess.readable(facts.read(List.of(clientId)).get(clientId));
            if (FactsAccess.hasProtected(stored)) {
                audit.record(AuditAction.READ_PROTECTED, "client", String.valueOf(clientId));
            }
            FactsDocument doc = stored.toDocument(ref(clientId), factsAccess.readable(client.person()));
            return new FactsSnapshot(clientId, doc, versions(stored, client));
        });
    }

    private static Map<FactSection, Integer> versions(StoredFacts stored, Client client) {
        Map<FactSection, Integer> versions = new EnumMap<>(FactSection.class);
        versions.putAll(stored.versions());
        versions.put(FactSection.PERSON, client.version());
        return versions;
    }

    static String ref(long clientId) {
        return "client-" + clientId;
    }

    @Override
    public FactsSnapshot saveSection(long clientId, FactSection section, FactsDocument source, int expectedVersion)
            throws StaleEditException {
        if (section == FactSection.PERSON) {
            throw new IllegalArgumentException("The person section is the client record: save it with ClientService.");
        }
        access.require(Action.UPDATE, FactsAccess.kindOf(section));
        boolean saved = db.inTransaction(() -> {
            if (clients.find(clientId).isEmpty()) {
                throw new IllegalArgumentException("There is no client " + clientId + ".");
            }
            boolean ok = facts.replaceSection(clientId, section, source, expectedVersion, user());
            if (ok) {
                audit.record(AuditAction.UPDATE, "facts_" + section.name().toLowerCase(Locale.ROOT),
                        String.valueOf(clientId));
            }
            return ok;
        });
        if (!saved) {
            throw new StaleEditException(IntakeFinishing.staleSection(section));
        }
        return facts(clientId);
    }

    @Override
    public List<CaseRow> caseload(CaseQuery query, LocalDate today, int offset, int limit) {
        return queries.caseload(query, today, offset, limit);
    }

    @Override
    public int count(CaseQuery query, LocalDate today) {
        return queries.count(query, today);
    }

    @Override
    public List<AdverseParty> adverseParties(long caseId) {
        return workspace.adverseParties(caseId);
    }

    @Override
    public AdverseParty saveAdverseParty(AdverseParty party) throws StaleEditException {
        return workspace.saveAdverseParty(party);
    }

    @Override
    public List<CaseNote> notes(long caseId) {
        return workspace.notes(caseId);
    }

    @Override
    public CaseNote saveNote(CaseNote note) throws StaleEditException {
        return workspace.saveNote(note);
    }

    @Override
    public List<ConflictHit> conflicts(PersonQuery who, int limit) {
        return queries.conflicts(who, limit);
    }

    @Override
    public Optional<IntakeDraft> intakeDraft(long caseId) {
        return workspace.intakeDraft(caseId);
    }

    @Override
    public void saveIntakeDraft(IntakeDraft draft) {
        workspace.saveIntakeDraft(draft);
    }

    @Override
    public void clearIntakeDraft(long caseId) {
        workspace.clearIntakeDraft(caseId);
    }

    @Override
    public CaseInfo finishIntake(IntakeFinish finish) throws StaleEditException {
        return intakes.finish(finish);
    }

    @Override
    public List<ImportedCase> importDocuments(List<FactsDocument> documents, String program) {
        return importer.importDocuments(documents, program);
    }

    @Override
    public void forEachOpenCase(int chunkSize, Consumer<List<CaseFacts>> chunk) {
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunkSize must be positive");
        }
        access.require(Action.READ, DataKind.CASE);
        access.require(Action.READ, DataKind.SCREENING);
        try (ReadAhead<List<CaseFacts>> reads = new ReadAhead<>(READERS, batch -> {
            if (!batch.isEmpty()) {
                chunk.accept(batch);
            }
        })) {
            long after = 0;
            while (true) {
                long from = after;
                List<CaseInfo> page = db.inTransaction(() -> cases.activeAfter(from, chunkSize));
                if (page.isEmpty()) {
                    break;
                }
                after = page.get(page.size() - 1).id();
                List<CaseInfo> visible = page.stream().filter(this::visible).toList();
                reads.read(() -> withFacts(visible));
            }
            reads.finish();
        }
    }

    private List<CaseFacts> withFacts(List<CaseInfo> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<Long> clientIds = new LinkedHashSet<>();
        page.forEach(c -> clientIds.add(c.clientId()));
        return db.inTransaction(() -> {
            Map<Long, Client> people = clients.findAll(clientIds);
            Map<Long, StoredFacts> stored = facts.read(clientIds);
            Map<Long, CaseScreening> latest = screenings.latest(page.stream().map(CaseInfo::id).toList());
            List<CaseFacts> out = new ArrayList<>(page.size());
            for (CaseInfo c : page) {
                Client client = people.get(c.clientId());
                Person person = client == null ? null : factsAccess.readable(client.person());
                FactsDocument doc = factsAccess.readable(stored.get(c.clientId())).toDocument(ref(c.clientId()),
                        person);
                out.add(new CaseFacts(c.id(), c.clientId(), c.caseNumber(), doc, latest.get(c.id())));
            }
            return out;
        });
    }

    @Override
    public ScreeningRun recordScreenings(ScreeningRun run, List<CaseScreening> results) {
        access.require(Action.RESCREEN, DataKind.SCREENING);
        return db.inTransaction(() -> {
            long id = screenings.record(run, results, user());
            audit.record(AuditAction.RESCREEN, "screening_run", String.valueOf(id));
            return new ScreeningRun(id, run.startedAt(), run.asOf(), run.frameworks(), run.trigger(), run.user(),
                    results.size());
        });
    }

    @Override
    public int recoverInterruptedRuns() {
        return StagedScreeningWriter.recover(screenings, liveRuns);
    }

    @Override
    public ScreeningWriter screeningWriter(ScreeningRun run) {
        return StagedScreeningWriter.begin(screenings, db, access, audit, run, liveRuns);
    }

    @Override
    public List<ScheduledEvent> eventsBetween(LocalDate from, LocalDate to) {
        access.require(Action.READ, DataKind.COURT_EVENTS);
        return db.inTransaction(() -> {
            List<ScheduledEvent> found = events.between(from, to);
            Set<Long> clientIds = new LinkedHashSet<>();
            found.forEach(e -> clientIds.add(e.clientId()));
            Set<Long> visibleClients = new HashSet<>();
            cases.activeOf(clientIds).stream().filter(this::visible).forEach(c -> visibleClients.add(c.clientId()));
            Map<Long, Client> people = clients.findAll(visibleClients);
            return found.stream().filter(e -> visibleClients.contains(e.clientId()))
                    .map(e -> withName(e, people.get(e.clientId()))).toList();
        });
    }

    private static ScheduledEvent withName(ScheduledEvent e, Client client) {
        Person p = client == null ? null : client.person();
        String name = p == null ? "" : ClientSummary.displayName(p.givenName(), p.familyName(), p.preferredName());
        return new ScheduledEvent(e.clientId(), name, e.ref(), e.kind(), e.date(), e.place(), e.courtType(),
                e.county(), e.state());
    }

    @Override
    public List<CaseScreening> history(long caseId) {
        access.require(Action.READ, DataKind.SCREENING);
        if (cases.find(caseId).filter(this::visible).isEmpty()) {
            return List.of();
        }
        return screenings.history(caseId);
    }

    private boolean visible(CaseInfo c) {
        return access.canSeeCase(c.program(), c.assignedAdvocate(), c.assignedAttorney());
    }

    private String user() {
        return access.current().name();
    }
}
