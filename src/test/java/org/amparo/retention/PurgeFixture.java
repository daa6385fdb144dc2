package org.amparo.retention;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.backup.BackupException;
import org.amparo.backup.BackupReason;
import org.amparo.backup.BackupReport;
import org.amparo.backup.BackupService;
import org.amparo.cases.AdverseParty;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseNote;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.DefaultCaseService;
import org.amparo.cases.ImportedCase;
import org.amparo.cases.IntakeDraft;
import org.amparo.clients.ClientService;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.retention.data.CandidateRepository;
import org.amparo.retention.data.PurgeRepository;
import org.amparo.retention.data.RetentionSettingRepository;
import org.amparo.security.AccessControl;
import org.amparo.security.AuditLog;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;

/**
 * A fresh in-memory vault (real migrations) with closed cases whose client has data in every table that holds a
 * client's or a case's rows, narrative canaries in every free-text column, and a recording backup service.
 */
final class PurgeFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final String CANARY = "CANARY-Ejemplo-7f3a";

    final Database db = TestDatabases.freshInMemory();
    final AccessControl staff = TestSecurity.permitAll("ana.attorney", Role.ATTORNEY, "main");
    final ClientService clients = new DefaultClientService(new ClientRepository(db), () -> "ana.attorney", CLOCK,
            staff);
    final CaseService cases = new DefaultCaseService(db, clients, staff, new TestSecurity.RecordingAuditLog(), CLOCK);
    final TestSecurity.RecordingAuditLog audit = new TestSecurity.RecordingAuditLog();
    final RecordingBackups backups = new RecordingBackups();

    RetentionService service(AccessControl access) {
        return service(access, audit);
    }

    RetentionService service(AccessControl access, AuditLog log) {
        return new DefaultRetentionService(db, access, log, backups, new RetentionSettingRepository(db),
                new CandidateRepository(db), new PurgeRepository(db), CLOCK);
    }

    /** Imports the example document as a new client, fills every remaining table, closes the case on {@code closed}. */
    ImportedCase closedCaseWithEverything(String caseNumber, LocalDate closed) throws Exception {
        FactsDocument doc;
        try (InputStream in = PurgeFixture.class.getResourceAsStream("/examples/facts-u-visa-dv.json")) {
            doc = FactsJson.mapper().readValue(in, FactsDocument.class);
        }
        ImportedCase imported = cases.importDocuments(List.of(doc), "main").get(0);
        long caseId = imported.caseId();
        // a draft left from her intake (saved while the case was still in intake)
        cases.saveIntakeDraft(new IntakeDraft(caseId, "people", "{\"n\":\"" + CANARY + "\"}", CLOCK.instant()));
        CaseInfo info = cases.findCase(caseId).orElseThrow();
        cases.saveCase(new CaseInfo(info.id(), info.clientId(), caseNumber, info.reliefPursued(), CaseStatus.CLOSED,
                info.assignedAdvocate(), info.assignedAttorney(), info.program(), info.openedOn(), closed,
                info.version()));
        cases.saveNote(new CaseNote(null, caseId, "Note " + CANARY, "ana.attorney", null, 0));
        cases.saveAdverseParty(new AdverseParty(null, caseId, AdverseParty.Role.ABUSER, "Demo", "Prueba",
                List.of("Alias Ejemplo"), LocalDate.of(1980, 1, 1), "former spouse", 0));
        FillEveryTable.fill(db, imported.clientId(), caseId, CANARY);
        return imported;
    }

    /** Rows per table that belong to this client or case (client_id, case_id, party or run keys). */
    Map<String, Long> rowsOf(long clientId, long caseId) {
        return FillEveryTable.rowsOf(db, clientId, caseId);
    }

    /** A backup service that records each call, or fails when told to. */
    static final class RecordingBackups implements BackupService {
        final List<BackupReason> reasons = new ArrayList<>();
        boolean fail;

        @Override
        public BackupReport backup(BackupReason reason) throws BackupException {
            if (fail) {
                throw new BackupException("The backup folder is not writable.");
            }
            reasons.add(reason);
            return new BackupReport(Path.of("/backups/before-purge.zip"), CLOCK.instant(), reason, true, 1024,
                    new LinkedHashMap<>());
        }

        @Override
        public java.util.Optional<BackupReport> lastVerified() {
            return java.util.Optional.empty();
        }
    }
}
