package org.amparo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amparo.backup.BackupService;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.interchange.FakeBackups;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.VaultService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amparo import} and {@code amparo export} through {@link CliMain} over a fake vault. */
class InterchangeCommandsTest {

    private static final String PASSWORD = "Prueba lantern orchard 47 quietly";

    @TempDir
    Path tmp;

    private final FakeVault vault = new FakeVault();
    private final Database db = TestDatabases.freshInMemory();
    private final DefaultClientService clients = new DefaultClientService(new ClientRepository(db), () -> "admin", java.time.Clock.systemUTC(),
                org.amparo.security.TestSecurity.permitAll("test", org.amparo.security.Role.ATTORNEY, "main"));
    private final FakeBackups backups = new FakeBackups();
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        Module overrides = new AbstractModule() {
            @Override
            protected void configure() {
                bind(VaultService.class).toInstance(vault);
                bind(Database.class).toInstance(db);
                bind(org.amparo.platform.db.Transactions.class).toInstance(db);
                bind(org.amparo.security.AccessControl.class).toInstance(org.amparo.security.TestSecurity.permitAll(
                        "admin", org.amparo.security.Role.ATTORNEY, "main"));
                bind(PasswordInput.class).toInstance(new ClientCommandsTest.FakePasswords(PASSWORD));
                bind(BackupService.class).toInstance(backups);
            }
        };
        return CliMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true), overrides);
    }

    private static String doc(String ref, String given, String dob) {
        return "{\"schema\":\"amparo-facts/1\",\"ref\":\"" + ref + "\",\"person\":{\"given_name\":\"" + given
                + "\",\"family_name\":\"Ejemplo\",\"dob\":\"" + dob + "\"}}";
    }

    @BeforeEach
    void createVault() {
        assertThat(run("init", "--db", tmp.toString(), "--user", "admin")).isZero();
    }

    private String[] importArgs(Path file, String... more) {
        String[] base = {"import", "--db", tmp.toString(), "--user", "admin", file.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aDryRunWithBadRowsExitsTwoWithRowLevelMessagesAndTheReport() throws Exception {
        Path f = Files.writeString(tmp.resolve("mixed.jsonl"), doc("r1", "Ana", "1990-01-01") + "\n"
                + doc("r2", "Eva", "2025-02-30") + "\n");

        int code = run(importArgs(f, "--dry-run"));

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.fieldNames()).toIterable().containsExactly("file", "format", "dry_run", "rows_read",
                "valid", "imported", "rows_rejected", "rejected", "likely_duplicates", "readable", "batch_id");
        assertThat(report.get("rows_read").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").get(0).toString()).isEqualTo("{\"row\":2,\"line\":2,"
                + "\"path\":\"$.person.dob\",\"reason\":\"must be a real date written YYYY-MM-DD (found "
                + "\\\"2025-02-30\\\")\"}");
        assertThat(err.toString()).contains("mixed.jsonl: row 2 (line 2), $.person.dob: must be a real date")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(clients.count()).isZero();
    }

    @Test
    void aCommitOfAFileWithErrorsIsRefusedUnlessOnlyValidIsAsked() throws Exception {
        Path f = Files.writeString(tmp.resolve("mixed.jsonl"), doc("r1", "Ana", "1990-01-01") + "\n"
                + doc("r2", "Eva", "2025-02-30") + "\n");

        assertThat(run(importArgs(f))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("1 of 2 rows have problems, so nothing was imported.");
        assertThat(clients.count()).isZero();

        assertThat(run(importArgs(f, "--only-valid"))).as(err.toString()).isEqualTo(ExitCodes.OK);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        long batch = report.get("batch_id").asLong();
        assertThat(clients.count()).isEqualTo(1);
        assertThat(vault.isOpen()).isFalse();

        assertThat(run("import", "--db", tmp.toString(), "--user", "admin", "--undo", Long.toString(batch)))
                .as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(clients.count()).isZero();
    }

    @Test
    void anUnterminatedQuoteIsBadInputWithNoStackTrace() throws Exception {
        Path f = Files.writeString(tmp.resolve("cut.csv"), "ref,given_name\nr1,\"Ana\n");

        assertThat(run(importArgs(f))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("cut.csv: row 1 (line 2): a quoted cell is never closed")
                .doesNotContain("\tat ");
    }

    @Test
    void aFailedBackupRefusesTheCommitWithExitOne() throws Exception {
        backups.failure = "the disk is full";
        Path f = Files.writeString(tmp.resolve("one.json"), doc("r1", "Ana", "1990-01-01"));

        assertThat(run(importArgs(f))).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("No backup could be made before the import, so nothing was imported: "
                + "the disk is full");
    }

    @Test
    void exportWritesEscapedCsvToAFile() throws Exception {
        Path f = Files.writeString(tmp.resolve("one.json"), doc("r1", "=Ana", "1990-01-01"));
        assertThat(run(importArgs(f))).as(err.toString()).isZero();
        Path csv = tmp.resolve("out.csv");

        int code = run("export", "--db", tmp.toString(), "--user", "admin", "--format", "csv", "--out",
                csv.toString(), "--redact", "referral");

        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(csv).get(1)).matches("client-\\d+,,'=Ana,Ejemplo,.*");
        assertThat(err.toString()).contains("Exported 1 clients (referral)");
    }

    @Test
    void anUnknownProfileIsBadInput() {
        assertThat(run("export", "--db", tmp.toString(), "--user", "admin", "--format", "json", "--redact",
                "everything")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--redact must be full, referral or client, not everything");
    }
}
