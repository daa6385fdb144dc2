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
import java.time.LocalDate;
import org.amparo.courthouse.DefaultIce287gService;
import org.amparo.courthouse.Ice287gService;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.VaultService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amparo import-287g} through {@link CliMain}: a fake vault over an in-memory database, and a real vault. */
class Import287gCommandTest {

    private static final String REAL_FILE =
            Path.of("../shared/data/ice-287g/participatingAgencies05162025am.xlsx").toString();
    private static final String PASSWORD = "Prueba lantern orchard 47 quietly";

    @TempDir
    Path tmp;

    private final FakeVault vault = new FakeVault();
    private final Database db = TestDatabases.freshInMemory();
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(Module overrides, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CliMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true), overrides);
    }

    private Module fakeVault(String password) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(VaultService.class).toInstance(vault);
                bind(org.amparo.security.VaultKeys.class).toInstance(vault);
                bind(Database.class).toInstance(db);
                bind(org.amparo.platform.db.Transactions.class).toInstance(db);
                bind(org.amparo.security.AccessControl.class).toInstance(org.amparo.security.TestSecurity.permitAll(
                        "admin", org.amparo.security.Role.ADMINISTRATOR, "main"));
                bind(PasswordInput.class).toInstance(new ClientCommandsTest.FakePasswords(password));
            }
        };
    }

    private static Module realVault(String password) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(PasswordInput.class).toInstance(new ClientCommandsTest.FakePasswords(password));
            }
        };
    }

    private void createFakeVault() {
        assertThat(run(fakeVault(PASSWORD), "init", "--db", tmp.toString(), "--user", "admin")).isZero();
    }

    private Ice287gService storedLists() {
        return new DefaultIce287gService(db, org.amparo.security.TestSecurity.permitAll("admin",
                org.amparo.security.Role.ADMINISTRATOR, "main"), new org.amparo.security.TestSecurity.RecordingAuditLog());
    }

    private void assertNoStackTrace() {
        assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void importsTheRealListAndPrintsTheReportJson() throws Exception {
        createFakeVault();
        int code = run(fakeVault(PASSWORD), "import-287g", "--db", tmp.toString(), "--user", "admin", REAL_FILE);

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.fieldNames()).toIterable().containsExactly("rows_read", "agreements_imported",
                "blank_rows_skipped", "by_model", "states", "counties", "warnings");
        assertThat(json.get("agreements_imported").asInt()).isEqualTo(571);
        assertThat(json.get("by_model").get("JEM").asInt()).isEqualTo(91);
        assertThat(json.get("by_model").get("TFM").asInt()).isEqualTo(275);
        assertThat(json.get("by_model").get("WSO").asInt()).isEqualTo(205);
        assertThat(json.get("warnings").get(0).get("row").asInt()).isEqualTo(545);
        assertThat(json.get("warnings").get(0).get("message").asText()).contains("05/082025");
        assertThat(storedLists().current().orElseThrow().listDate()).isEqualTo(LocalDate.of(2025, 5, 16));
        assertThat(storedLists().current().orElseThrow().importedBy()).isEqualTo("admin");
        assertThat(vault.isOpen()).as("locked afterwards").isFalse();
    }

    @Test
    void aDryRunPrintsTheReportAndStoresNothing() throws Exception {
        createFakeVault();
        int code = run(fakeVault(PASSWORD), "import-287g", "--db", tmp.toString(), "--user", "admin",
                REAL_FILE, "--dry-run");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(new ObjectMapper().readTree(out.toString()).get("agreements_imported").asInt()).isEqualTo(571);
        assertThat(err.toString()).contains("nothing was stored");
        assertThat(storedLists().current()).isEmpty();
    }

    @Test
    void aMissingFileIsBadInputNamingTheFileBeforeAnyPasswordIsAsked() {
        createFakeVault();
        Path missing = tmp.resolve("participatingAgencies-missing.xlsx");
        int locksBefore = vault.locks;
        int code = run(fakeVault(null), "import-287g", "--db", tmp.toString(), "--user", "admin",
                missing.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(missing.toString()).contains("no such file");
        assertThat(out.toString()).isEmpty();
        assertThat(vault.locks).as("the vault was never opened").isEqualTo(locksBefore);
        assertNoStackTrace();
    }

    @Test
    void aTextFileIsBadInputNamingTheFileAndNothingIsStored() throws Exception {
        createFakeVault();
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "Demo-Ejemplo meeting notes\nnothing tabular\n");
        int code = run(fakeVault(PASSWORD), "import-287g", "--db", tmp.toString(), "--user", "admin",
                notes.toString());

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(notes.toString()).contains("287(g)");
        assertThat(out.toString()).isEmpty();
        assertThat(storedLists().current()).isEmpty();
        assertThat(vault.isOpen()).isFalse();
        assertNoStackTrace();
    }

    @Test
    void aRealVaultImportsWithTheRightPasswordAndRefusesAWrongOneWithExitThree() {
        Path dir = tmp.resolve("vault");
        assertThat(run(realVault(PASSWORD), "init", "--db", dir.toString(), "--user", "admin"))
                .as(err.toString()).isZero();

        int ok = run(realVault(PASSWORD), "import-287g", "--db", dir.toString(), "--user", "admin", REAL_FILE);
        assertThat(ok).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("\"agreements_imported\" : 571");

        int wrong = run(realVault("Not the password at all 99"), "import-287g", "--db", dir.toString(),
                "--user", "admin", REAL_FILE);
        assertThat(wrong).isEqualTo(ExitCodes.VAULT_NOT_OPENED);
        assertThat(out.toString()).isEmpty();
        assertNoStackTrace();
    }

    @Test
    void withoutAPasswordOrATerminalItIsBadInputAndNeverAnArgument() {
        createFakeVault();
        int code = run(fakeVault(null), "import-287g", "--db", tmp.toString(), "--user", "admin", REAL_FILE);

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("AMPARO_PASSWORD");
        assertNoStackTrace();
    }
}
