package org.amparo.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amparo.cases.data.CaseRepository;
import org.amparo.cases.data.FactsRepository;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Person;
import org.amparo.platform.db.Transactions;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;

/**
 * Imports facts documents as new clients with intake cases: one transaction for the whole list (nothing stored if
 * one fails), written {@value #CHUNK} documents at a time as JDBC batches, under the storage's bulk settings (the
 * call returns only after the file is synced).
 */
final class CaseImport {

    private static final int CHUNK = 2_000;
    private static final Person NOBODY = new Person(null, null, null, null, null, null, null, null, null, null, null,
            null, null);

    private final Transactions tx;
    private final ClientService clients;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final FactsRepository facts;
    private final CaseRepository cases;

    CaseImport(Transactions tx, ClientService clients, AccessControl access, AuditLog audit, Clock clock,
            FactsRepository facts, CaseRepository cases) {
        this.tx = tx;
        this.clients = clients;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.facts = facts;
        this.cases = cases;
    }

    List<ImportedCase> importDocuments(List<FactsDocument> documents, String program) {
        access.require(Action.IMPORT, DataKind.CASE);
        access.require(Action.CREATE, DataKind.CLIENT_IDENTITY);
        if (documents.isEmpty()) {
            return List.of();
        }
        String user = access.current().name();
        List<ImportedCase> out = new ArrayList<>(documents.size());
        facts.bulkLoad(() -> out.addAll(tx.inTransaction(() -> store(documents, program, user))));
        return out;
    }

    private List<ImportedCase> store(List<FactsDocument> documents, String program, String user) {
        List<ImportedCase> out = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i += CHUNK) {
            out.addAll(storeChunk(documents.subList(i, Math.min(documents.size(), i + CHUNK)), program, user));
        }
        return out;
    }

    private List<ImportedCase> storeChunk(List<FactsDocument> documents, String program, String user) {
        List<Client> newClients = documents.stream()
                .map(d -> Client.newClient(d.person() == null ? NOBODY : d.person())).toList();
        List<Client> saved = clients.saveAll(newClients);
        Map<Long, FactsDocument> byClient = new LinkedHashMap<>();
        List<CaseInfo> drafts = new ArrayList<>(documents.size());
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < documents.size(); i++) {
            long clientId = saved.get(i).id();
            byClient.put(clientId, documents.get(i));
            drafts.add(new CaseInfo(null, clientId, null, Set.of(), CaseStatus.INTAKE, null, null, program, today,
                    null, 0));
        }
        facts.insertAll(byClient, user);
        List<CaseInfo> opened = cases.insertAll(drafts, today.getYear(), user);
        List<ImportedCase> out = new ArrayList<>(documents.size());
        List<String> caseIds = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            CaseInfo c = opened.get(i);
            caseIds.add(String.valueOf(c.id()));
            out.add(new ImportedCase(documents.get(i).ref(), c.clientId(), c.id()));
        }
        audit.recordAll(AuditAction.IMPORT, "client_case", caseIds);
        return out;
    }
}
