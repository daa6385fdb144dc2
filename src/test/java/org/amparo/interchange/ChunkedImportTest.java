package org.amparo.interchange;

import static org.amparo.interchange.ImportServiceTest.CLOCK;
import static org.amparo.interchange.ImportServiceTest.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.cases.CaseService;
import org.amparo.cases.DefaultCaseService;
import org.amparo.cases.ImportedCase;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.db.jooq.Tables;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.interchange.data.ImportBatchRepository;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.AccessControl;
import org.amparo.security.AuditAction;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import is committed chunk by chunk but stays all-or-nothing for the person importing: a failure after some
 * chunks were written leaves nothing of it, a crash's leftovers are removed after a restart, and an import still
 * being written is neither listed nor undoable.
 */
class ChunkedImportTest {

    /** More rows than one chunk, so a failure late in the file comes after a committed chunk. */
    static final int ROWS = 2 * DefaultImportService.CHUNK + 200;

    @TempDir
    Path dir;

    Database db;
    DefaultClientService clients;
    AccessControl access;
    TestSecurity.RecordingAuditLog audit;
    CaseService realCases;
    /** What the import service sees of the case store: the real one, with a hook before each chunk is stored. */
    CaseService cases;
    /** Runs before the n-th call (from 1, counted in {@link #calls}) of importDocuments. */
    ChunkHook hook = call -> { };
    final AtomicInteger calls = new AtomicInteger();
    DefaultImportService service;
    final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    interface ChunkHook {
        void before(int call) throws Exception;
    }

    @BeforeEach
    void setUp() {
        db = TestDatabases.freshInMemory();
        clients = new DefaultClientService(new ClientRepository(db), () -> "advocate1", CLOCK,
                TestSecurity.permitAll("test", Role.ATTORNEY, "main"));
        audit = new TestSecurity.RecordingAuditLog();
        access = TestSecurity.permitAll("advocate1", Role.ADVOCATE, "north");
        realCases = new DefaultCaseService(db, clients, access, audit, CLOCK);
        cases = (CaseService) Proxy.newProxyInstance(CaseService.class.getClassLoader(),
                new Class<?>[] {CaseService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("importDocuments")) {
                        hook.before(calls.incrementAndGet());
                    }
                    try {
                        return method.invoke(realCases, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        service = newService();
    }

    @AfterEach
    void tearDown() {
        otherThread.shutdownNow();
    }

    /** A service as a fresh start of the app makes it (it knows of no import being written). */
    DefaultImportService newService() {
        return new DefaultImportService(cases, clients, new FakeBackups(), new ImportBatchRepository(db), db, access,
                audit, CLOCK);
    }

    Path many(String name, int rows) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            s.append(doc("r" + i, "Prueba" + i, "Ejemplo", "1990-01-01")).append('\n');
        }
        return Files.writeString(dir.resolve(name), s.toString());
    }

    /** An import made before the one under test, which must survive its failure; chunks are counted after it. */
    ImportReport earlierImport() throws Exception {
        Path f = Files.writeString(dir.resolve("earlier.jsonl"), doc("e1", "Ana", "Demo-Previa", "1980-01-01")
                + "\n" + doc("e2", "Luz", "Demo-Previa", "1981-01-01") + "\n");
        ImportReport report = service.commit(service.dryRun(f, ImportProgress.NONE), false, ImportProgress.NONE);
        calls.set(0);
        return report;
    }

    void assertOnlyTheEarlierImportIsThere(ImportReport earlier) {
        assertThat(clients.search("", 10)).extracting(c -> c.displayName())
                .containsExactly("Demo-Previa, Ana", "Demo-Previa, Luz");
        assertThat(db.dsl().fetchCount(Tables.CLIENT_CASE)).isEqualTo(2);
        assertThat(service.lastBatch()).map(ImportBatch::id).contains(earlier.batchId());
        assertThat(db.dsl().fetchCount(Tables.IMPORT_BATCH)).isEqualTo(1);
    }

    @Test
    void aRowFoundChangedAfterTheFirstChunksLeavesNothingOfTheImport() throws Exception {
        ImportReport earlier = earlierImport();
        Path f = many("late.jsonl", ROWS);
        ImportPlan plan = service.dryRun(f, ImportProgress.NONE);
        String text = Files.readString(f).replace(doc("r" + (ROWS - 10), "Prueba" + (ROWS - 10), "Ejemplo",
                "1990-01-01"), doc("r" + (ROWS - 10), "Prueba", "Ejemplo", "1990-02-30"));
        Files.writeString(f, text);

        assertThatThrownBy(() -> service.commit(plan, false, ImportProgress.NONE))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage("The file changed since its dry run, so nothing was imported. Run the dry run again.");

        assertOnlyTheEarlierImportIsThere(earlier);
        assertRemovedAfterTwoCommittedChunks();
    }

    /** The clients the first two chunks had committed were deleted again, each deletion audited. */
    void assertRemovedAfterTwoCommittedChunks() {
        assertThat(audit.entries()).filteredOn(e -> e.action() == AuditAction.DELETE
                && e.entityType().equals("client")).hasSize(2 * DefaultImportService.CHUNK);
    }

    @Test
    void aDatabaseFailureInALaterChunkLeavesNothingOfTheImport() throws Exception {
        ImportReport earlier = earlierImport();
        ImportPlan plan = service.dryRun(many("many.jsonl", ROWS), ImportProgress.NONE);
        hook = call -> {
            if (call == 3) {
                throw new IllegalStateException("No space left on the disk (test)");
            }
        };

        assertThatThrownBy(() -> service.commit(plan, false, ImportProgress.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessage("No space left on the disk (test)");

        assertOnlyTheEarlierImportIsThere(earlier);
        assertRemovedAfterTwoCommittedChunks();
    }

    @Test
    void anImportStillBeingWrittenIsNotListedNotUndoableAndNotRemovedAsInterrupted() throws Exception {
        ImportReport earlier = earlierImport();
        ImportPlan plan = service.dryRun(many("many.jsonl", ROWS), ImportProgress.NONE);
        List<Object> seenMeanwhile = new ArrayList<>();
        hook = call -> {
            if (call == 2) {
                seenMeanwhile.addAll(otherThread.submit(this::lookWhileRunning).get());
            }
        };

        ImportReport report = service.commit(plan, false, ImportProgress.NONE);

        long running = report.batchId();
        assertThat(seenMeanwhile).containsExactly(earlier.batchId(), 0,
                "There is no import " + running + ".");
        assertThat(report.imported()).isEqualTo(ROWS);
        assertThat(clients.count()).isEqualTo(ROWS + 2);
        assertThat(service.lastBatch()).map(ImportBatch::imported).contains(ROWS);
    }

    /** From another thread while the import runs: the last import listed, what recovery removes, an undo's answer. */
    private List<Object> lookWhileRunning() {
        long running = db.dsl().select(org.jooq.impl.DSL.max(Tables.IMPORT_BATCH.ID)).from(Tables.IMPORT_BATCH)
                .fetchOne().value1();
        List<Object> seen = new ArrayList<>();
        seen.add(service.lastBatch().map(ImportBatch::id).orElse(null));
        seen.add(service.recoverInterrupted());
        try {
            service.undo(running);
            seen.add("undone");
        } catch (ImportRefusedException e) {
            seen.add(e.getMessage());
        }
        return seen;
    }

    @Test
    void anImportCutShortByACrashIsRemovedAfterARestartAndEarlierImportsStay() throws Exception {
        ImportReport earlier = earlierImport();
        crashAfterOneChunk(3);

        DefaultImportService afterRestart = newService();
        assertThat(afterRestart.lastBatch()).map(ImportBatch::id).contains(earlier.batchId());

        assertThat(afterRestart.recoverInterrupted()).isEqualTo(3);

        assertOnlyTheEarlierImportIsThere(earlier);
        assertThat(afterRestart.recoverInterrupted()).isZero();
    }

    @Test
    void theNextImportRemovesWhatACrashLeftBeforeStoringItsOwn() throws Exception {
        crashAfterOneChunk(4);
        DefaultImportService afterRestart = newService();
        Path f = Files.writeString(dir.resolve("next.jsonl"), doc("n1", "Eva", "Demo-Nueva", "1992-01-01") + "\n");

        ImportReport report = afterRestart.commit(afterRestart.dryRun(f, ImportProgress.NONE), false,
                ImportProgress.NONE);

        assertThat(report.imported()).isEqualTo(1);
        assertThat(clients.search("", 10)).extracting(c -> c.displayName()).containsExactly("Demo-Nueva, Eva");
        assertThat(afterRestart.lastBatch()).map(ImportBatch::id).contains(report.batchId());
    }

    @Test
    void whenTheVaultOpensAnImportACrashCutShortIsRemoved() throws Exception {
        ImportReport earlier = earlierImport();
        crashAfterOneChunk(2);
        DefaultImportService afterRestart = newService();

        new ImportRecoveryOnOpen(() -> afterRestart).vaultOpened("advocate1");

        assertOnlyTheEarlierImportIsThere(earlier);
    }

    /** What a crash leaves: a batch begun and one chunk of {@code documents} committed, never finished. */
    private void crashAfterOneChunk(int documents) throws Exception {
        ImportBatchRepository batches = new ImportBatchRepository(db);
        long batchId = batches.create("cut.jsonl", "json_lines", "0".repeat(64), 100, 0, false, "advocate1",
                OffsetDateTime.now(CLOCK));
        List<FactsDocument> chunk = new ArrayList<>();
        for (int i = 1; i <= documents; i++) {
            chunk.add(FactsJson.mapper().readValue(doc("c" + i, "Corte" + i, "Demo-Cortada", "1995-01-01"),
                    FactsDocument.class));
        }
        List<ImportedCase> stored = realCases.importDocuments(chunk, "north");
        batches.link(batchId, stored);
        assertThat(clients.search("Demo-Cortada", 10)).hasSize(documents);
    }
}
