package org.amparo.interchange;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amparo.backup.BackupException;
import org.amparo.backup.BackupReason;
import org.amparo.backup.BackupService;
import org.amparo.cases.CaseService;
import org.amparo.cases.ImportedCase;
import org.amparo.clients.ClientService;
import org.amparo.facts.FactsDocument;
import org.amparo.interchange.data.ImportBatchRepository;
import org.amparo.platform.db.BulkLoad;
import org.amparo.platform.db.Database;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;

/** {@link ImportService} over {@link CaseService#importDocuments}, with backups, batch records and audit entries. */
public final class DefaultImportService implements ImportService {

    static final int CHUNK = 500;
    static final String BATCH_ENTITY = "import_batch";

    private final CaseService cases;
    private final ClientService clients;
    private final BackupService backups;
    private final ImportBatchRepository batches;
    private final Database db;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public DefaultImportService(CaseService cases, ClientService clients, BackupService backups, Database db,
                                AccessControl access, AuditLog audit) {
        this(cases, clients, backups, new ImportBatchRepository(db), db, access, audit, Clock.systemDefaultZone());
    }

    public DefaultImportService(CaseService cases, ClientService clients, BackupService backups,
                                ImportBatchRepository batches, Database db, AccessControl access,
                                AuditLog audit, Clock clock) {
        this.cases = cases;
        this.clients = clients;
        this.backups = backups;
        this.batches = batches;
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ImportPlan dryRun(Path file, ImportProgress progress) {
        access.require(Action.IMPORT, DataKind.CLIENT_IDENTITY);
        List<ImportProblem> rejected = new ArrayList<>();
        List<ImportDuplicate> duplicates = new ArrayList<>();
        Set<Integer> rejectedRows = new HashSet<>();
        DuplicateCheck duplicateCheck = new DuplicateCheck(clients);
        int[] counts = new int[2];
        FileScan.Result result;
        try {
            result = FileScan.scan(file, today(), progress, record -> {
                counts[0]++;
                if (record.valid()) {
                    counts[1]++;
                    ImportDuplicate duplicate = duplicateCheck.check(record.row(), record.document());
                    if (duplicate != null) {
                        duplicates.add(duplicate);
                    }
                } else {
                    rejectedRows.add(record.row());
                    rejected.addAll(record.problems());
                }
            });
        } catch (ImportRefusedException e) {
            throw new IllegalStateException("a dry run refuses nothing", e);
        }
        if (result.unreadable() != null) {
            rejected.add(result.unreadable());
        }
        ImportReport report = new ImportReport(file.getFileName().toString(), result.format(), true, counts[0],
                counts[1], 0, rejectedRows.size(), rejected, duplicates, result.unreadable() == null, null);
        return new ImportPlan(file, result.sha256(), report, rejectedRows);
    }

    @Override
    public ImportReport commit(ImportPlan plan, boolean onlyValid, ImportProgress progress)
            throws ImportRefusedException {
        access.require(Action.IMPORT, DataKind.CLIENT_IDENTITY);
        refuseUnlessCommittable(plan.report(), onlyValid);
        try {
            backups.backup(BackupReason.BEFORE_IMPORT);
        } catch (BackupException e) {
            throw new ImportRefusedException("No backup could be made before the import, so nothing was imported: "
                    + e.getMessage(), e);
        }
        String who = access.current().name();
        String program = access.current().program();
        try {
            ImportReport[] committed = new ImportReport[1];
            BulkLoad.run(db, () -> committed[0] = db.inTransaction(() -> store(plan, onlyValid, progress, who,
                    program)));
            return committed[0];
        } catch (Refusal r) {
            throw r.refusal;
        }
    }

    private static void refuseUnlessCommittable(ImportReport report, boolean onlyValid)
            throws ImportRefusedException {
        if (!report.readable()) {
            throw new ImportRefusedException("The file cannot be read to its end, so nothing of it can be imported: "
                    + report.rejected().get(report.rejected().size() - 1).describe());
        }
        if (report.rowsRejected() > 0 && !onlyValid) {
            throw new ImportRefusedException(report.rowsRejected() + " of " + report.rowsRead()
                    + " rows have problems, so nothing was imported. Correct them, or import only the "
                    + report.valid() + " valid rows.");
        }
        if (report.valid() == 0) {
            throw new ImportRefusedException("The file has no valid row to import.");
        }
    }

    private ImportReport store(ImportPlan plan, boolean onlyValid, ImportProgress progress, String who,
                               String program) {
        ImportReport report = plan.report();
        long batchId = batches.create(report.file(), report.format(), plan.sha256(), report.rowsRead(),
                onlyValid ? report.rowsRejected() : 0, onlyValid, who, OffsetDateTime.now(clock));
        List<FactsDocument> chunk = new ArrayList<>(CHUNK);
        int[] imported = new int[1];
        FileScan.Result result;
        try {
            result = FileScan.scan(plan.file(), null, progress, record -> {
                if (plan.rejectedRows().contains(record.row())) {
                    return;
                }
                if (!record.valid()) {
                    throw changed();
                }
                chunk.add(record.document());
                if (chunk.size() == CHUNK) {
                    imported[0] += flush(batchId, chunk, program);
                }
            });
        } catch (ImportRefusedException e) {
            throw new Refusal(e);
        }
        imported[0] += flush(batchId, chunk, program);
        if (result.unreadable() != null || !result.sha256().equals(plan.sha256()) || imported[0] != report.valid()) {
            throw new Refusal(changed());
        }
        batches.finish(batchId, imported[0]);
        audit.record(AuditAction.IMPORT, BATCH_ENTITY, Long.toString(batchId));
        return report.committed(imported[0], batchId);
    }

    private int flush(long batchId, List<FactsDocument> chunk, String program) {
        if (chunk.isEmpty()) {
            return 0;
        }
        List<ImportedCase> stored = cases.importDocuments(List.copyOf(chunk), program);
        batches.link(batchId, stored);
        chunk.clear();
        return stored.size();
    }

    private static ImportRefusedException changed() {
        return new ImportRefusedException("The file changed since its dry run, so nothing was imported. "
                + "Run the dry run again.");
    }

    @Override
    public ImportBatch undo(long batchId) throws ImportRefusedException {
        access.require(Action.DELETE, DataKind.CLIENT_IDENTITY);
        String who = access.current().name();
        try {
            return db.inTransaction(() -> undoInTransaction(batchId, who));
        } catch (Refusal r) {
            throw r.refusal;
        }
    }

    private ImportBatch undoInTransaction(long batchId, String who) {
        ImportBatch batch = batches.find(batchId).orElseThrow(() -> new Refusal(
                new ImportRefusedException("There is no import " + batchId + ".")));
        if (batch.undone()) {
            throw new Refusal(new ImportRefusedException("Import " + batchId + " was already undone on "
                    + batch.undoneAt().toLocalDate() + "."));
        }
        List<ImportBatchRepository.EditedClient> edited = batches.editedSinceImport(batchId);
        if (!edited.isEmpty()) {
            throw new Refusal(new ImportRefusedException(editedMessage(batchId, edited)));
        }
        List<Long> clientIds = batches.clientIds(batchId);
        batches.deleteClients(batchId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        batches.markUndone(batchId, who, now);
        audit.recordAll(AuditAction.DELETE, "client", clientIds.stream().map(String::valueOf).toList());
        audit.record(AuditAction.IMPORT_UNDONE, BATCH_ENTITY, Long.toString(batchId));
        return batches.find(batchId).orElseThrow();
    }

    static String editedMessage(long batchId, List<ImportBatchRepository.EditedClient> edited) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < Math.min(edited.size(), 10); i++) {
            ImportBatchRepository.EditedClient c = edited.get(i);
            names.append(i == 0 ? "" : ", ").append("client ").append(c.clientId())
                    .append(" (ref ").append(c.ref()).append(')');
        }
        if (edited.size() > 10) {
            names.append(" and ").append(edited.size() - 10).append(" more");
        }
        return "Import " + batchId + " cannot be undone: " + edited.size()
                + (edited.size() == 1 ? " client was" : " clients were") + " changed after it: " + names + ".";
    }

    @Override
    public Optional<ImportBatch> lastBatch() {
        return batches.lastActive();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Carries a refusal out of a transaction (rolling it back) to be rethrown as the checked exception. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportRefusedException refusal;

        Refusal(ImportRefusedException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }
}
