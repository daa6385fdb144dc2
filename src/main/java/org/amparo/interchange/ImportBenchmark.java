package org.amparo.interchange;

import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amparo.backup.BackupReason;
import org.amparo.backup.BackupReport;
import org.amparo.backup.BackupService;
import org.amparo.bench.BenchFigure;
import org.amparo.bench.Benchmark;
import org.amparo.cases.CaseService;
import org.amparo.clients.ClientService;
import org.amparo.facts.FactsJson;
import org.amparo.interchange.data.ImportBatchRepository;
import org.amparo.platform.db.Database;
import org.amparo.screening.SyntheticFacts;
import org.amparo.security.AccessControl;
import org.amparo.security.AuditLog;

/**
 * {@code import.seconds}: as many synthetic facts documents as the bench's {@code clients} (100,000 by default) written to a temporary JSON Lines file, then a dry run and
 * an only-valid commit through the import service and the real case store, into the bench's temporary vault. The
 * backup before the commit is left out (backups have their own figures); the batch is undone afterwards so later
 * benchmarks see the vault as it was, and the undo's time is in the note.
 */
public final class ImportBenchmark implements Benchmark {

    static final String FIGURE = "import.seconds";
    static final int MIN_DOCUMENTS = 100;
    static final double TARGET = 60;

    private final DefaultImportService imports;
    private final int documents;

    @Inject
    public ImportBenchmark(CaseService cases, ClientService clients, Database db, AccessControl access,
                           AuditLog audit) {
        this(new DefaultImportService(cases, clients, new NoBackup(), new ImportBatchRepository(db), db, access,
                audit, Clock.systemDefaultZone()), 0);
    }

    /** @param documents how many documents to import; 0 = as many as the bench's {@code clients} (100,000) */
    ImportBenchmark(DefaultImportService imports, int documents) {
        this.imports = imports;
        this.documents = documents;
    }

    @Override
    public List<BenchFigure> run(int clients, long seed) throws Exception {
        int count = documents > 0 ? documents : Math.max(clients, MIN_DOCUMENTS);
        Path file = Files.createTempFile("amparo-import-bench", ".jsonl");
        try {
            long bytes = write(file, seed, count);
            long t0 = System.nanoTime();
            ImportPlan plan = imports.dryRun(file, ImportProgress.NONE);
            long t1 = System.nanoTime();
            ImportReport report = imports.commit(plan, true, ImportProgress.NONE);
            long t2 = System.nanoTime();
            imports.undo(report.batchId());
            long t3 = System.nanoTime();
            double seconds = (t2 - t0) / 1e9;
            String note = String.format(Locale.ROOT, "%d synthetic documents (%.0f MB JSON Lines, seed %d): dry run "
                    + "%.1f s + commit %.1f s of %d valid rows (%d rejected: born after as_of); backup excluded; "
                    + "undo of the batch %.1f s", count, bytes / 1e6, seed, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                    report.imported(), report.rowsRejected(), (t3 - t2) / 1e9);
            return List.of(new BenchFigure(FIGURE, Math.round(seconds * 10) / 10.0, "s", null, TARGET, note));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private long write(Path file, long seed, int documents) throws IOException {
        SyntheticFacts generator = new SyntheticFacts(seed, 0.2);
        var writer = FactsJson.mapper().writer();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < documents; i++) {
                out.write(writer.writeValueAsString(generator.next(i)));
                out.write('\n');
            }
        }
        return Files.size(file);
    }

    /** The bench measures the import, not the backup before it. */
    private static final class NoBackup implements BackupService {
        @Override
        public BackupReport backup(BackupReason reason) {
            return new BackupReport(Path.of("none"), java.time.Instant.now(), reason, true, 0, java.util.Map.of());
        }

        @Override
        public Optional<BackupReport> lastVerified() {
            return Optional.empty();
        }
    }
}
