package org.amparo.interchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.amparo.cases.DefaultCaseService;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.interchange.DefaultImportService;
import org.amparo.interchange.FakeBackups;
import org.amparo.interchange.ImportProblem;
import org.amparo.interchange.data.ImportBatchRepository;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import window's model with the real import service and a synchronous task runner, no toolkit. */
class ImportViewModelTest {

    static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T12:00:00Z"),
            java.time.ZoneOffset.UTC);

    @TempDir
    Path dir;

    DefaultClientService clients;
    FakeBackups backups;
    ImportViewModel model;
    int refreshed;

    @BeforeEach
    void setUp() {
        Database db = TestDatabases.freshInMemory();
        clients = new DefaultClientService(new ClientRepository(db), () -> "advocate1", CLOCK,
                org.amparo.security.TestSecurity.permitAll("test", org.amparo.security.Role.ATTORNEY, "main"));
        var access = TestSecurity.permitAll("advocate1", Role.ADVOCATE, "main");
        var audit = new TestSecurity.RecordingAuditLog();
        var cases = new DefaultCaseService(db, clients, access, audit, CLOCK);
        backups = new FakeBackups();
        var imports = new DefaultImportService(cases, clients, backups, new ImportBatchRepository(db), db, access,
                audit, CLOCK);
        model = new ImportViewModel(imports, SyncTaskRunner.immediate(), new Messages(Locale.ENGLISH));
        model.setOnImported(() -> refreshed++);
        model.activate();
    }

    static String doc(String ref, String given, String dob) {
        return "{\"schema\":\"amparo-facts/1\",\"ref\":\"" + ref + "\",\"person\":{\"given_name\":\"" + given
                + "\",\"family_name\":\"Ejemplo\",\"dob\":\"" + dob + "\"}}\n";
    }

    Path mixed() throws Exception {
        return Files.writeString(dir.resolve("mixed.jsonl"), doc("r1", "Ana", "1990-01-01")
                + doc("r2", "Eva", "2025-02-30") + doc("r3", "Luz", "1985-05-05"));
    }

    @Test
    void aDryRunShowsTheRejectedRowsAndOffersOnlyTheValidRows() throws Exception {
        model.choose(mixed());

        assertThat(model.fileNameProperty().get()).isEqualTo("mixed.jsonl");
        assertThat(model.statusProperty().get()).isEqualTo("3 rows read: 2 can be imported, 1 rejected, "
                + "0 likely duplicates.");
        assertThat(model.rejected()).extracting(ImportProblem::describe).containsExactly(
                "row 2 (line 2), $.person.dob: must be a real date written YYYY-MM-DD (found \"2025-02-30\")");
        assertThat(model.canImportAllProperty().get()).isFalse();
        assertThat(model.canImportValidProperty().get()).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(clients.count()).isZero();
    }

    @Test
    void importingTheValidRowsThenUndoingLeavesTheVaultAsItWas() throws Exception {
        model.choose(mixed());

        model.importValid();

        assertThat(clients.count()).isEqualTo(2);
        assertThat(model.statusProperty().get()).matches("Imported 2 clients as import \\d+\\.");
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(model.canImportValidProperty().get()).isFalse();
        assertThat(refreshed).isEqualTo(1);

        model.undoLast();

        assertThat(clients.count()).isZero();
        assertThat(model.statusProperty().get()).matches("Import \\d+ was undone: 2 clients removed\\.");
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(refreshed).isEqualTo(2);
    }

    @Test
    void aCleanFileOffersToImportEveryClientByNumber() throws Exception {
        model.choose(Files.writeString(dir.resolve("clean.jsonl"), doc("r1", "Ana", "1990-01-01")));

        assertThat(model.importAllLabelProperty().get()).isEqualTo("_Import 1 clients");
        assertThat(model.canImportAllProperty().get()).isTrue();
        assertThat(model.canImportValidProperty().get()).isFalse();
    }

    @Test
    void aRefusedCommitShowsItsReasonAndImportsNothing() throws Exception {
        backups.failure = "the backup folder is full";
        model.choose(Files.writeString(dir.resolve("clean.jsonl"), doc("r1", "Ana", "1990-01-01")));

        model.importAll();

        assertThat(model.statusProperty().get()).isEqualTo("No backup could be made before the import, so nothing "
                + "was imported: the backup folder is full");
        assertThat(clients.count()).isZero();
        assertThat(refreshed).isZero();
    }

    @Test
    void anUnreadableFileSaysSoAndOffersNoImport() throws Exception {
        model.choose(Files.writeString(dir.resolve("cut.csv"), "ref,given_name\nr1,\"Ana\n"));

        assertThat(model.statusProperty().get()).startsWith("The file cannot be read to its end");
        assertThat(model.rejected()).extracting(ImportProblem::reason).containsExactly(
                "a quoted cell is never closed: a \" opens a cell that runs to the end of the file");
        assertThat(model.canImportAllProperty().get()).isFalse();
        assertThat(model.canImportValidProperty().get()).isFalse();
    }
}
