package org.amparo.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.amparo.backup.BackupReason;
import org.amparo.cases.CaseService;
import org.amparo.cases.DefaultCaseService;
import org.amparo.cases.FactSection;
import org.amparo.clients.Client;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.interchange.data.ImportBatchRepository;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.AuditAction;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    Database db;
    DefaultClientService clients;
    CaseService cases;
    FakeBackups backups;
    TestSecurity.RecordingAuditLog audit;
    DefaultImportService service;

    @BeforeEach
    void setUp() {
        db = TestDatabases.freshInMemory();
        clients = new DefaultClientService(new ClientRepository(db), () -> "advocate1", CLOCK,
                org.amparo.security.TestSecurity.permitAll("test", org.amparo.security.Role.ATTORNEY, "main"));
        audit = new TestSecurity.RecordingAuditLog();
        var access = TestSecurity.permitAll("advocate1", Role.ADVOCATE, "north");
        cases = new DefaultCaseService(db, clients, access, audit, CLOCK);
        backups = new FakeBackups();
        service = new DefaultImportService(cases, clients, backups, new ImportBatchRepository(db), db, access, audit, CLOCK);
    }

    static String doc(String ref, String given, String family, String dob) {
        return "{\"schema\":\"amparo-facts/1\",\"ref\":\"" + ref + "\",\"person\":{\"given_name\":\"" + given
                + "\",\"family_name\":\"" + family + "\",\"dob\":\"" + dob + "\"}}";
    }

    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    Path mixed() throws IOException {
        return file("mixed.jsonl", doc("r1", "Ana", "Ejemplo", "1990-01-01") + "\n"
                + doc("r2", "Eva", "Prueba", "2025-02-30") + "\n"
                + doc("r3", "Luz", "Demo-Uno", "1985-05-05") + "\n");
    }

    @Test
    void aDryRunReportsEveryRowAndStoresNothing() throws IOException {
        ImportPlan plan = service.dryRun(mixed(), ImportProgress.NONE);

        ImportReport r = plan.report();
        assertThat(r.format()).isEqualTo("json_lines");
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.valid()).isEqualTo(2);
        assertThat(r.imported()).isZero();
        assertThat(r.batchId()).isNull();
        assertThat(r.rejected()).extracting(ImportProblem::describe)
                .containsExactly("row 2 (line 2), $.person.dob: must be a real date written YYYY-MM-DD "
                        + "(found \"2025-02-30\")");
        assertThat(clients.count()).isZero();
        assertThat(backups.asked).isEmpty();
        assertThat(service.lastBatch()).isEmpty();
    }

    @Test
    void anAllOrNothingCommitOfAFileWithErrorsIsRefusedAndStoresNothing() throws IOException {
        ImportPlan plan = service.dryRun(mixed(), ImportProgress.NONE);

        assertThatThrownBy(() -> service.commit(plan, false, ImportProgress.NONE))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage("1 of 3 rows have problems, so nothing was imported. Correct them, or import only the "
                        + "2 valid rows.");
        assertThat(clients.count()).isZero();
        assertThat(backups.asked).isEmpty();
    }

    @Test
    void onlyTheValidRowsAreImportedAfterABackupAsOneAuditedBatch() throws Exception {
        ImportPlan plan = service.dryRun(mixed(), ImportProgress.NONE);

        ImportReport report = service.commit(plan, true, ImportProgress.NONE);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.batchId()).isNotNull();
        assertThat(clients.search("", 10)).extracting(s -> s.displayName())
                .containsExactly("Demo-Uno, Luz", "Ejemplo, Ana");
        assertThat(backups.asked).containsExactly(BackupReason.BEFORE_IMPORT);
        assertThat(audit.entries()).contains(new TestSecurity.RecordingAuditLog.Entry(AuditAction.IMPORT,
                "import_batch", report.batchId().toString()));
        ImportBatch batch = service.lastBatch().orElseThrow();
        assertThat(batch.id()).isEqualTo(report.batchId());
        assertThat(batch.imported()).isEqualTo(2);
        assertThat(batch.rejected()).isEqualTo(1);
        assertThat(batch.createdBy()).isEqualTo("advocate1");
    }

    @Test
    void aCleanFileIsImportedWhole() throws Exception {
        Path f = file("clean.json", "[" + doc("r1", "Ana", "Ejemplo", "1990-01-01") + ","
                + doc("r2", "Luz", "Demo-Uno", "1985-05-05") + "]");

        ImportReport report = service.commit(service.dryRun(f, ImportProgress.NONE), false, ImportProgress.NONE);

        assertThat(report.format()).isEqualTo("json_array");
        assertThat(report.imported()).isEqualTo(2);
        assertThat(clients.count()).isEqualTo(2);
    }

    @Test
    void whenTheBackupFailsTheCommitIsRefusedWithItsMessage() throws Exception {
        backups.failure = "the backup folder is full";
        Path f = file("one.json", doc("r1", "Ana", "Ejemplo", "1990-01-01"));

        assertThatThrownBy(() -> service.commit(service.dryRun(f, ImportProgress.NONE), false, ImportProgress.NONE))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage("No backup could be made before the import, so nothing was imported: "
                        + "the backup folder is full");
        assertThat(clients.count()).isZero();
    }

    @Test
    void aFileChangedSinceItsDryRunIsRefusedAndRolledBack() throws Exception {
        Path f = file("one.jsonl", doc("r1", "Ana", "Ejemplo", "1990-01-01") + "\n");
        ImportPlan plan = service.dryRun(f, ImportProgress.NONE);
        Files.writeString(f, doc("r1", "Ana", "Ejemplo", "1990-01-01") + "\n" + doc("r9", "Eva", "Prueba",
                "1991-01-01") + "\n");

        assertThatThrownBy(() -> service.commit(plan, false, ImportProgress.NONE))
                .hasMessage("The file changed since its dry run, so nothing was imported. Run the dry run again.");
        assertThat(clients.count()).isZero();
        assertThat(service.lastBatch()).isEmpty();
    }

    @Test
    void anUnreadableFileIsNeverImportedEvenInPart() throws Exception {
        Path f = file("cut.jsonl", doc("r1", "Ana", "Ejemplo", "1990-01-01") + "\n{\"schema\":\"amparo-f");

        ImportPlan plan = service.dryRun(f, ImportProgress.NONE);

        assertThat(plan.report().readable()).isFalse();
        assertThat(plan.report().rejected()).extracting(ImportProblem::describe).containsExactly(
                "row 2 (line 2): the JSON ends in the middle of a document at line 2, column 20: "
                        + "the file looks truncated");
        assertThatThrownBy(() -> service.commit(plan, true, ImportProgress.NONE))
                .hasMessageStartingWith("The file cannot be read to its end, so nothing of it can be imported");
        assertThat(clients.count()).isZero();
    }

    @Test
    void likelyDuplicatesAreFoundInTheVaultAndWithinTheFile() throws Exception {
        Client existing = clients.save(Client.newClient(new org.amparo.facts.Person("Ana", "Ejemplo", null, null,
                java.time.LocalDate.of(1990, 1, 1), null, null, null, null, null, null, null, null)));
        Path f = file("dups.jsonl", doc("r1", "Ana", "Ejemplo", "1990-01-01") + "\n"
                + doc("r2", "Luz", "Demo-Uno", "1985-05-05") + "\n"
                + doc("r3", "LUZ", "Demo-Uno", "1985-05-05") + "\n"
                + doc("r4", "Luz", "Demo-Uno", "1985-05-06") + "\n");

        ImportReport r = service.dryRun(f, ImportProgress.NONE).report();

        assertThat(r.likelyDuplicates()).extracting(d -> d.row() + " " + d.name() + " = " + d.matches())
                .containsExactly("1 Ejemplo, Ana = client " + existing.id(), "3 Demo-Uno, LUZ = row 2");
    }

    @Test
    void undoDeletesTheBatchsClientsAndIsAudited() throws Exception {
        Path f = file("two.jsonl", doc("r1", "Ana", "Ejemplo", "1990-01-01") + "\n"
                + doc("r2", "Luz", "Demo-Uno", "1985-05-05") + "\n");
        ImportReport report = service.commit(service.dryRun(f, ImportProgress.NONE), false, ImportProgress.NONE);

        ImportBatch undone = service.undo(report.batchId());

        assertThat(undone.undone()).isTrue();
        assertThat(clients.count()).isZero();
        assertThat(service.lastBatch()).isEmpty();
        assertThat(audit.entries()).contains(new TestSecurity.RecordingAuditLog.Entry(AuditAction.IMPORT_UNDONE,
                "import_batch", report.batchId().toString()));
        assertThatThrownBy(() -> service.undo(report.batchId()))
                .hasMessage("Import " + report.batchId() + " was already undone on 2026-11-22.");
    }

    @Test
    void undoIsRefusedWhenAClientWasEditedAfterTheImportNamingHer() throws Exception {
        Path f = file("two.jsonl", doc("r1", "Ana", "Ejemplo", "1990-01-01") + "\n"
                + doc("r2", "Luz", "Demo-Uno", "1985-05-05") + "\n");
        ImportReport report = service.commit(service.dryRun(f, ImportProgress.NONE), false, ImportProgress.NONE);
        Client ana = clients.search("Ana", 1).stream().findFirst().flatMap(s -> clients.find(s.id())).orElseThrow();
        clients.save(new Client(ana.id(), ana.version(), ana.person()));

        assertThatThrownBy(() -> service.undo(report.batchId()))
                .hasMessage("Import " + report.batchId() + " cannot be undone: 1 client was changed after it: client "
                        + ana.id() + " (ref r1).");
        assertThat(clients.count()).isEqualTo(2);
    }

    @Test
    void undoIsRefusedWhenAFactsSectionWasSavedAfterTheImport() throws Exception {
        Path f = file("one.jsonl", doc("r1", "Ana", "Ejemplo", "1990-01-01") + "\n");
        ImportReport report = service.commit(service.dryRun(f, ImportProgress.NONE), false, ImportProgress.NONE);
        long id = clients.search("Ana", 1).get(0).id();
        var snapshot = cases.facts(id);
        cases.saveSection(id, FactSection.ASYLUM, snapshot.facts(), snapshot.version(FactSection.ASYLUM));

        assertThatThrownBy(() -> service.undo(report.batchId()))
                .hasMessage("Import " + report.batchId() + " cannot be undone: 1 client was changed after it: client "
                        + id + " (ref r1).");
    }

    @Test
    void undoAlsoDeletesTheIntakeCasesAndFacts() throws Exception {
        Path f = file("one.jsonl", "{\"schema\":\"amparo-facts/1\",\"ref\":\"r1\",\"person\":{\"given_name\":"
                + "\"Ana\",\"family_name\":\"Ejemplo\"},\"asylum\":{\"intends_to_apply\":true}}\n");
        ImportReport report = service.commit(service.dryRun(f, ImportProgress.NONE), false, ImportProgress.NONE);
        long id = clients.search("Ana", 1).get(0).id();
        assertThat(cases.casesOf(id)).hasSize(1);

        service.undo(report.batchId());

        assertThat(cases.casesOf(id)).isEmpty();
        assertThat(db.dsl().fetchCount(org.amparo.db.jooq.Tables.CLIENT_FACTS)).isZero();
    }
}
