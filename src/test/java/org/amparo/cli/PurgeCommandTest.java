package org.amparo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amparo.backup.BackupReason;
import org.amparo.backup.BackupReport;
import org.amparo.backup.BackupService;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseNote;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.DefaultCaseService;
import org.amparo.clients.Client;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.facts.Person;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.retention.DefaultRetentionService;
import org.amparo.retention.PurgeKind;
import org.amparo.retention.RetentionService;
import org.amparo.retention.RetentionSetting;
import org.amparo.retention.data.CandidateRepository;
import org.amparo.retention.data.PurgeRepository;
import org.amparo.retention.data.RetentionSettingRepository;
import org.amparo.security.AccessControl;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.security.VaultService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amparo purge} through {@link CliMain}, over a fake vault and a real in-memory store. */
class PurgeCommandTest {

    private static final String PASSWORD = "Prueba lantern orchard 47 quietly";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private final FakeVault vault = new FakeVault();
    private final Database db = TestDatabases.freshInMemory();
    private final AccessControl attorney = TestSecurity.permitAll("admin", Role.ATTORNEY, "main");
    private final CaseService cases = new DefaultCaseService(db, new DefaultClientService(new ClientRepository(db),
            () -> "admin", CLOCK, attorney), attorney, new TestSecurity.RecordingAuditLog(), CLOCK);
    private final RetentionService retention = new DefaultRetentionService(db, attorney,
            new TestSecurity.RecordingAuditLog(), new BackupService() {
                @Override
                public BackupReport backup(BackupReason reason) {
                    return new BackupReport(Path.of("/backups/x.zip"), CLOCK.instant(), reason, true, 1, Map.of());
                }

                @Override
                public Optional<BackupReport> lastVerified() {
                    return Optional.empty();
                }
            }, new RetentionSettingRepository(db), new CandidateRepository(db), new PurgeRepository(db), CLOCK);
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private long closedCase;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CliMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true), fakes());
    }

    private Module fakes() {
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(VaultService.class).toInstance(vault);
                bind(Database.class).toInstance(db);
                bind(RetentionService.class).toInstance(retention);
                bind(PasswordInput.class).toInstance(new ClientCommandsTest.FakePasswords(PASSWORD));
            }
        };
    }

    @BeforeEach
    void aClosedCase() throws Exception {
        assertThat(run("init", "--db", tmp.toString(), "--user", "admin")).isZero();
        long client = new DefaultClientService(new ClientRepository(db), () -> "admin", CLOCK, attorney)
                .save(Client.newClient(new Person("Demo-Ana", "Ejemplo", null, List.of(), null, null, List.of(),
                        List.of(), null, List.of(), List.of(), null, null))).id();
        closedCase = cases.openCase(new CaseInfo(null, client, "2024-0001", Set.of(), CaseStatus.CLOSED, null, null,
                "main", LocalDate.of(2023, 1, 5), LocalDate.of(2024, 1, 10), 0)).id();
        cases.saveNote(new CaseNote(null, closedCase, "Demo note", "admin", null, 0));
    }

    @Test
    void aDryRunByCaseNumberReportsAndChangesNothing() throws Exception {
        int code = run("purge", "--db", tmp.toString(), "--user", "admin", "--case", "2024-0001", "--dry-run");

        assertThat(code).as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("dry_run").asBoolean()).isTrue();
        assertThat(report.at("/purges/0/cases/0/case_number").asText()).isEqualTo("2024-0001");
        assertThat(report.at("/purges/0/cases/0/client_removed").asBoolean()).isTrue();
        assertThat(cases.findCase(closedCase)).isPresent();
    }

    @Test
    void dueCasesArePurgedWithTheBackupCaveat() throws Exception {
        retention.saveSetting(RetentionSetting.draft("main", 12, PurgeKind.NARRATIVES, false));

        int code = run("purge", "--db", tmp.toString(), "--user", "admin", "--due", "--as-of", "2026-06-01");

        assertThat(code).as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.at("/purges/0/cases/0/kind").asText()).isEqualTo("NARRATIVES");
        assertThat(report.at("/purges/0/backups_rotated_out_from").asText()).isEqualTo("2027-06-01");
        assertThat(report.at("/purges/0/backup_caveat").asText()).contains("Backups made before");
        assertThat(cases.notes(closedCase)).extracting(CaseNote::text).containsExactly("");
    }

    @Test
    void anUnknownCaseIsBadInputWithoutAStackTrace() {
        int code = run("purge", "--db", tmp.toString(), "--user", "admin", "--case", "1999-0404");

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("1999-0404").doesNotContain("\tat ");
    }

    @Test
    void caseAndDueTogetherIsAUsageError() {
        assertThat(run("purge", "--db", tmp.toString(), "--user", "admin", "--case", "2024-0001", "--due"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cases.findCase(closedCase)).isPresent();
    }
}
