package org.amparo.interchange;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.clients.ClientSummary;
import org.amparo.facts.FactsDocument;

/**
 * A case service for import/export tests until the real one lands: clients go through the real
 * {@link ClientService} (so they are rows of the real client table), facts are kept in memory by client id.
 */
public final class FakeCaseService implements CaseService {

    private final ClientService clients;
    private final Map<Long, FactsDocument> facts = new LinkedHashMap<>();
    private long nextCase = 1000;
    int importCalls;

    public FakeCaseService(ClientService clients) {
        this.clients = clients;
    }

    @Override
    public List<ImportedCase> importDocuments(List<FactsDocument> documents, String program) {
        importCalls++;
        List<ImportedCase> out = new ArrayList<>();
        for (FactsDocument d : documents) {
            try {
                Client saved = clients.save(Client.newClient(d.person()));
                facts.put(saved.id(), d);
                out.add(new ImportedCase(d.ref(), saved.id(), nextCase++));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    @Override
    public FactsSnapshot facts(long clientId) {
        return new FactsSnapshot(clientId, facts.get(clientId), Map.of());
    }

    @Override
    public List<ConflictHit> conflicts(PersonQuery who, int limit) {
        List<ConflictHit> hits = new ArrayList<>();
        for (ClientSummary s : clients.search(who.familyName() == null ? "" : who.familyName(), 1000)) {
            if (s.dob() != null && s.dob().equals(who.dob())) {
                hits.add(new ConflictHit(ConflictHit.Kind.CLIENT, s.displayName(), s.dob(), "name and date of birth",
                        s.id(), null, null));
            }
        }
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    @Override
    public List<CaseInfo> casesOf(long clientId) {
        return List.of();
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
        return Optional.empty();
    }

    @Override
    public Optional<CaseInfo> findCaseByNumber(String caseNumber) {
        return Optional.empty();
    }

    @Override
    public FactsSnapshot saveSection(long clientId, FactSection section, FactsDocument source, int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CaseRow> caseload(CaseQuery query, LocalDate today, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int count(CaseQuery query, LocalDate today) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AdverseParty> adverseParties(long caseId) {
        return List.of();
    }

    @Override
    public AdverseParty saveAdverseParty(AdverseParty party) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CaseNote> notes(long caseId) {
        return List.of();
    }

    @Override
    public CaseNote saveNote(CaseNote note) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<IntakeDraft> intakeDraft(long caseId) {
        return Optional.empty();
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
    public void forEachOpenCase(int chunkSize, Consumer<List<CaseFacts>> chunk) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScreeningRun recordScreenings(ScreeningRun run, List<CaseScreening> results) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ScheduledEvent> eventsBetween(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<CaseScreening> history(long caseId) {
        throw new UnsupportedOperationException();
    }
}
