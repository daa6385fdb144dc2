package org.amparo.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.amparo.cases.CaseStatus;
import org.amparo.cases.IntakeDraft;
import org.amparo.cases.IntakeFinish;
import org.amparo.cases.PersonQuery;
import org.amparo.cases.ScheduledEvent;
import org.amparo.cases.ScreeningRun;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.clients.ClientSummary;
import org.amparo.clients.StaleEditException;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;

/**
 * A map-backed case service for UI tests: cases, per-section facts with versions (a stale save is refused), intake
 * drafts, adverse parties and a name-based conflict check over the clients and parties it holds. Counts saves.
 */
@Singleton
public final class InMemoryCaseService implements CaseService {

    private final ClientService clients;
    private final Map<Long, CaseInfo> cases = new HashMap<>();
    private final Map<Long, ObjectNode> facts = new HashMap<>();
    private final Map<Long, Map<FactSection, Integer>> versions = new HashMap<>();
    private final Map<Long, IntakeDraft> drafts = new HashMap<>();
    private final List<AdverseParty> parties = new ArrayList<>();
    private long nextId = 1;
    public int sectionSaves;
    public int draftSaves;

    @Inject
    public InMemoryCaseService(ClientService clients) {
        this.clients = clients;
    }

    @Override
    public synchronized CaseInfo openCase(CaseInfo draft) {
        long id = nextId++;
        String number = draft.caseNumber() == null || draft.caseNumber().isBlank()
                ? String.format("2026-%04d", id) : draft.caseNumber();
        CaseInfo stored = new CaseInfo(id, draft.clientId(), number, draft.reliefPursued(), draft.status(),
                draft.assignedAdvocate(), draft.assignedAttorney(), draft.program(), draft.openedOn(),
                draft.closedOn(), 1);
        cases.put(id, stored);
        return stored;
    }

    @Override
    public synchronized CaseInfo saveCase(CaseInfo info) throws StaleEditException {
        CaseInfo current = cases.get(info.id());
        if (current.version() != info.version()) {
            throw new StaleEditException("stale case");
        }
        CaseInfo stored = new CaseInfo(info.id(), info.clientId(), info.caseNumber(), info.reliefPursued(),
                info.status(), info.assignedAdvocate(), info.assignedAttorney(), info.program(), info.openedOn(),
                info.closedOn(), info.version() + 1);
        cases.put(info.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<CaseInfo> findCase(long caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @Override
    public synchronized Optional<CaseInfo> findCaseByNumber(String caseNumber) {
        return cases.values().stream().filter(c -> c.caseNumber().equals(caseNumber)).findFirst();
    }

    @Override
    public synchronized List<CaseInfo> casesOf(long clientId) {
        return cases.values().stream().filter(c -> c.clientId() == clientId).toList();
    }

    @Override
    public synchronized FactsSnapshot facts(long clientId) {
        ObjectNode tree = tree(clientId).deepCopy();
        tree.set("person", FactsJson.mapper().valueToTree(clients.find(clientId).orElseThrow().person()));
        try {
            return new FactsSnapshot(clientId, FactsJson.mapper().treeToValue(tree, FactsDocument.class),
                    versions.computeIfAbsent(clientId, id -> new EnumMap<>(FactSection.class)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode tree(long clientId) {
        return facts.computeIfAbsent(clientId, id -> {
            ObjectNode node = FactsJson.mapper().createObjectNode();
            node.put("schema", FactsDocument.SCHEMA_ID);
            node.put("ref", "client-" + id);
            return node;
        });
    }

    @Override
    public synchronized FactsSnapshot saveSection(long clientId, FactSection section, FactsDocument source,
                                                  int expectedVersion) throws StaleEditException {
        Map<FactSection, Integer> stored = versions.computeIfAbsent(clientId, id -> new EnumMap<>(FactSection.class));
        if (stored.getOrDefault(section, 0) != expectedVersion) {
            throw new StaleEditException("stale section " + section);
        }
        String key = switch (section) {
            case FAMILY -> "family_members";
            case COURT_EVENTS -> "court_events";
            case ICE_CHECKINS -> "ice_checkins";
            case SOURCES -> "facts_sources";
            default -> section.name().toLowerCase(Locale.ROOT);
        };
        ObjectNode sourceTree = FactsJson.mapper().valueToTree(source);
        tree(clientId).set(key, sourceTree.get(key));
        stored.put(section, expectedVersion + 1);
        sectionSaves++;
        return facts(clientId);
    }

    /** Pretends someone else saved the section meanwhile. */
    public synchronized void bumpVersion(long clientId, FactSection section) {
        versions.computeIfAbsent(clientId, id -> new EnumMap<>(FactSection.class)).merge(section, 1, Integer::sum);
    }

    @Override
    public synchronized List<CaseRow> caseload(CaseQuery query, LocalDate today, int offset, int limit) {
        return List.of();
    }

    @Override
    public synchronized int count(CaseQuery query, LocalDate today) {
        return cases.size();
    }

    @Override
    public synchronized List<AdverseParty> adverseParties(long caseId) {
        return parties.stream().filter(p -> p.caseId() == caseId).toList();
    }

    @Override
    public synchronized AdverseParty saveAdverseParty(AdverseParty party) {
        AdverseParty stored = new AdverseParty(nextId++, party.caseId(), party.role(), party.givenName(),
                party.familyName(), party.aliases(), party.dob(), party.relationship(), 1);
        parties.add(stored);
        return stored;
    }

    @Override
    public List<CaseNote> notes(long caseId) {
        return List.of();
    }

    @Override
    public CaseNote saveNote(CaseNote note) {
        return note;
    }

    @Override
    public synchronized List<ConflictHit> conflicts(PersonQuery who, int limit) {
        List<ConflictHit> hits = new ArrayList<>();
        String wanted = plain(who.givenName()) + " " + plain(who.familyName());
        for (ClientSummary client : clients.search("", 10_000)) {
            Client found = clients.find(client.id()).orElseThrow();
            String name = plain(found.person().givenName()) + " " + plain(found.person().familyName());
            if (name.equals(wanted)) {
                hits.add(new ConflictHit(ConflictHit.Kind.CLIENT, client.displayName(), client.dob(), "name",
                        client.id(), null, null));
            }
        }
        for (AdverseParty party : parties) {
            if ((plain(party.givenName()) + " " + plain(party.familyName())).equals(wanted)) {
                hits.add(new ConflictHit(ConflictHit.Kind.ADVERSE_PARTY, party.givenName() + " "
                        + party.familyName(), party.dob(), "name", cases.get(party.caseId()).clientId(),
                        party.caseId(), party.role()));
            }
        }
        return hits.stream().limit(limit).toList();
    }

    private static String plain(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }

    @Override
    public synchronized Optional<IntakeDraft> intakeDraft(long caseId) {
        return Optional.ofNullable(drafts.get(caseId));
    }

    @Override
    public synchronized void saveIntakeDraft(IntakeDraft draft) {
        drafts.put(draft.caseId(), draft);
        draftSaves++;
    }

    @Override
    public synchronized void clearIntakeDraft(long caseId) {
        drafts.remove(caseId);
    }

    /** All or nothing: every version is checked before anything is stored. */
    @Override
    public synchronized CaseInfo finishIntake(IntakeFinish finish) throws StaleEditException {
        CaseInfo info = cases.get(finish.caseId());
        Map<FactSection, Integer> stored = versions.computeIfAbsent(info.clientId(),
                id -> new EnumMap<>(FactSection.class));
        for (Map.Entry<FactSection, Integer> e : finish.sections().entrySet()) {
            if (stored.getOrDefault(e.getKey(), 0).intValue() != e.getValue()) {
                throw new StaleEditException("stale section " + e.getKey());
            }
        }
        if (info.version() != finish.caseVersion() || finish.client() != null
                && clients.find(info.clientId()).orElseThrow().version() != finish.client().version()) {
            throw new StaleEditException("stale case or client");
        }
        if (finish.client() != null) {
            clients.save(finish.client());
        }
        for (Map.Entry<FactSection, Integer> e : finish.sections().entrySet()) {
            saveSection(info.clientId(), e.getKey(), finish.facts(), e.getValue());
        }
        drafts.remove(info.id());
        return saveCase(new CaseInfo(info.id(), info.clientId(), info.caseNumber(), info.reliefPursued(),
                CaseStatus.OPEN, info.assignedAdvocate(), info.assignedAttorney(), info.program(), info.openedOn(),
                info.closedOn(), info.version()));
    }

    @Override
    public List<ImportedCase> importDocuments(List<FactsDocument> documents, String program) {
        throw new UnsupportedOperationException("not used by the UI tests");
    }

    @Override
    public void forEachOpenCase(int chunkSize, Consumer<List<CaseFacts>> chunk) {
        throw new UnsupportedOperationException("not used by the UI tests");
    }

    @Override
    public ScreeningRun recordScreenings(ScreeningRun run, List<CaseScreening> results) {
        throw new UnsupportedOperationException("not used by the UI tests");
    }

    @Override
    public List<ScheduledEvent> eventsBetween(LocalDate from, LocalDate to) {
        return List.of();
    }

    @Override
    public List<CaseScreening> history(long caseId) {
        return List.of();
    }
}
