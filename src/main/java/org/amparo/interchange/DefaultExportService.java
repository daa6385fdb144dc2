package org.amparo.interchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseService;
import org.amparo.clients.ClientService;
import org.amparo.clients.ClientSummary;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.interchange.io.CsvFactsWriter;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.Transactions;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;

/** {@link ExportService} over the client list and each client's facts from {@link CaseService}. */
public final class DefaultExportService implements ExportService {

    private final ClientService clients;
    private final CaseService cases;
    private final Transactions transactions;
    private final AccessControl access;
    private final AuditLog audit;

    @Inject
    public DefaultExportService(ClientService clients, CaseService cases, Database db, AccessControl access,
                                AuditLog audit) {
        this(clients, cases, (Transactions) db, access, audit);
    }

    public DefaultExportService(ClientService clients, CaseService cases, Transactions transactions,
                                AccessControl access, AuditLog audit) {
        this.clients = clients;
        this.cases = cases;
        this.transactions = transactions;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public ExportResult export(ExportFormat format, RedactionProfile profile, Writer writer) throws IOException {
        requirePermissions(profile);
        List<Long> visible = visibleClients();
        transactions.inTransaction(() -> visible.forEach(id ->
                audit.record(AuditAction.EXPORT, "client", Long.toString(id))));
        return format == ExportFormat.JSON ? writeJson(visible, profile, writer) : writeCsv(visible, profile, writer);
    }

    private void requirePermissions(RedactionProfile profile) {
        access.require(Action.EXPORT, DataKind.CLIENT_IDENTITY);
        access.require(Action.EXPORT, DataKind.CRIMINAL);
        access.require(Action.EXPORT, DataKind.FAMILY);
        access.require(Action.EXPORT, DataKind.COURT_EVENTS);
        if (profile == RedactionProfile.FULL) {
            access.require(Action.EXPORT, DataKind.CLIENT_CONTACT);
            access.require(Action.EXPORT, DataKind.IMMIGRATION_STATUS);
            access.require(Action.EXPORT, DataKind.PROTECTED_1367);
        }
    }

    /** Clients with a case the user may see, or with no case yet when she may read client records. */
    private List<Long> visibleClients() {
        List<Long> ids = new ArrayList<>();
        for (ClientSummary s : clients.search("", Math.max(1, clients.count()))) {
            List<CaseInfo> own = cases.casesOf(s.id());
            boolean visible = own.isEmpty() ? access.can(Action.READ, DataKind.CLIENT_IDENTITY)
                    : own.stream().anyMatch(c -> access.canSeeCase(c.program(), c.assignedAdvocate(),
                    c.assignedAttorney()));
            if (visible) {
                ids.add(s.id());
            }
        }
        return ids;
    }

    private ObjectNode document(long clientId, RedactionProfile profile) {
        FactsDocument facts = cases.facts(clientId).facts();
        ObjectNode tree = FactsJson.mapper().valueToTree(facts);
        stripNulls(tree);
        return Redaction.apply(tree, profile);
    }

    private ExportResult writeJson(List<Long> ids, RedactionProfile profile, Writer writer) throws IOException {
        ObjectMapper mapper = FactsJson.mapper();
        JsonGenerator json = mapper.getFactory().createGenerator(writer);
        json.useDefaultPrettyPrinter();
        json.writeStartArray();
        for (long id : ids) {
            mapper.writeTree(json, document(id, profile));
        }
        json.writeEndArray();
        json.flush();
        writer.write('\n');
        writer.flush();
        return new ExportResult(ids.size(), 0);
    }

    private ExportResult writeCsv(List<Long> ids, RedactionProfile profile, Writer writer) throws IOException {
        try (CsvFactsWriter csv = new CsvFactsWriter(writer)) {
            for (long id : ids) {
                csv.write(document(id, profile));
            }
            writer.flush();
            return new ExportResult(ids.size(), csv.itemsLeftOut());
        }
    }

    /** Leaves unknown facts out instead of writing {@code null} (both mean "unknown"). */
    private static void stripNulls(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    stripNulls(e.getValue());
                }
            });
            object.remove(nulls);
        } else if (node != null && node.isArray()) {
            node.forEach(DefaultExportService::stripNulls);
        }
    }
}
