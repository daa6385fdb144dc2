package org.amparo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.screening.rescreen.RescreenFixturesAccess;
import org.amparo.screening.rescreen.RescreenService;
import org.amparo.screening.StandardScreening;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.security.VaultService;
import org.amparo.testing.InMemoryCaseload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amparo rescreen} through {@link CliMain}, over a fake vault and the in-memory caseload. */
class RescreenCommandTest {

    private static final String PASSWORD = "Prueba lantern orchard 47 quietly";

    @TempDir
    Path tmp;

    private final FakeVault vault = new FakeVault();
    private final Database db = TestDatabases.freshInMemory();
    private final InMemoryCaseload cases = new InMemoryCaseload();
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

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
                bind(CaseService.class).toInstance(cases);
                bind(RescreenService.class).toInstance(new RescreenService(cases, facts -> facts,
                        StandardScreening.create(), TestSecurity.permitAll("admin", Role.ATTORNEY, "main")));
                bind(PasswordInput.class).toInstance(new ClientCommandsTest.FakePasswords(PASSWORD));
            }
        };
    }

    @BeforeEach
    void vaultWithOneOverstay() {
        assertThat(run("init", "--db", tmp.toString(), "--user", "admin")).isZero();
        cases.add("2026-0007", "Demo-Ana Ejemplo", CaseStatus.OPEN, "admin", RescreenFixturesAccess.overstay());
    }

    @Test
    void printsWhoMovedUnderTheFrameworkInForceWithCaseNumbers() throws Exception {
        assertThat(run("rescreen", "--db", tmp.toString(), "--user", "admin", "--as-of", "2024-06-03",
                "--framework", "dhs2021_mayorkas")).as(err.toString()).isZero();

        int code = run("rescreen", "--db", tmp.toString(), "--user", "admin", "--as-of", "2025-03-03");

        assertThat(code).as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("cases_screened").asInt()).isEqualTo(1);
        JsonNode inForce = report.get("impact").get(0);
        assertThat(inForce.get("framework").asText()).isEqualTo("in_force");
        assertThat(inForce.at("/moved_in/REMOVABLE_UNLISTED/count").asInt()).isEqualTo(1);
        assertThat(inForce.at("/moved_in/REMOVABLE_UNLISTED/cases/0").asText()).isEqualTo("2026-0007");
        assertThat(inForce.at("/moved_out/NOT_PRIORITY/cases/0").asText()).isEqualTo("2026-0007");
        assertThat(inForce.at("/transitions/0/from").asText()).isEqualTo("NOT_PRIORITY");
        assertThat(err.toString()).contains("Re-screened 1 open case(s) as of 2025-03-03");
        assertThat(cases.history(1)).hasSize(2);
    }

    @Test
    void anUnknownFrameworkIsBadInputWithoutAStackTrace() {
        int code = run("rescreen", "--db", tmp.toString(), "--user", "admin", "--framework", "dhs2099_nobody");

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("dhs2099_nobody").doesNotContain("\tat ");
        assertThat(cases.runs()).isEmpty();
    }

    @Test
    void aBadDateIsBadInput() {
        assertThat(run("rescreen", "--db", tmp.toString(), "--user", "admin", "--as-of", "2025-02-30"))
                .isEqualTo(ExitCodes.BAD_INPUT);
    }
}
