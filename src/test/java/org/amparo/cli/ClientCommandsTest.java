package org.amparo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.amparo.clients.ClientService;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.VaultService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientCommandsTest {

    @TempDir
    Path tmp;

    private final FakeVault vault = new FakeVault();
    private final Database db = TestDatabases.freshInMemory();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private FakePasswords passwords;

    /** Password input with a chosen environment value and no terminal. */
    static final class FakePasswords implements PasswordInput {
        final String env;

        FakePasswords(String env) {
            this.env = env;
        }

        @Override
        public Optional<char[]> fromEnvironment() {
            return Optional.ofNullable(env).map(String::toCharArray);
        }

        @Override
        public boolean canPrompt() {
            return false;
        }

        @Override
        public char[] prompt(String label, boolean confirm) {
            throw new AssertionError("no terminal in tests");
        }
    }

    @BeforeEach
    void noPasswordByDefault() {
        passwords = new FakePasswords(null);
    }

    private int run(String... args) {
        return CliMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new AbstractModule() {
            @Override
            protected void configure() {
                bind(VaultService.class).toInstance(vault);
                bind(org.amparo.security.VaultKeys.class).toInstance(vault);
                bind(Database.class).toInstance(db);
                bind(org.amparo.platform.db.Transactions.class).toInstance(db);
                bind(org.amparo.security.AccessControl.class).toInstance(org.amparo.security.TestSecurity.permitAll(
                        "admin", org.amparo.security.Role.ATTORNEY, "main"));
                bind(PasswordInput.class).toInstance(passwords);
            }
        });
    }

    @Test
    void initWithoutPasswordOrTerminalIsBadInputWithAClearMessage() {
        int code = run("init", "--db", tmp.toString(), "--user", "admin");
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("AMPARO_PASSWORD").contains("never accepted as an argument");
        assertThat(vault.inspect(tmp.toAbsolutePath().normalize())).isEqualTo(VaultService.VaultState.MISSING);
    }

    @Test
    void initPrintsTheRecoveryCodeOnceOnStderrAndLocks() {
        passwords = new FakePasswords("correct horse battery staple");
        int code = run("init", "--db", tmp.toString(), "--user", "admin");
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).containsOnlyOnce(FakeVault.RECOVERY).contains("safe");
        assertThat(out.toString()).doesNotContain(FakeVault.RECOVERY);
        assertThat(vault.isOpen()).isFalse();
    }

    @Test
    void initRefusesAnExistingVault() {
        passwords = new FakePasswords("correct horse battery staple");
        run("init", "--db", tmp.toString(), "--user", "admin");
        int code = run("init", "--db", tmp.toString(), "--user", "other");
        assertThat(code).isEqualTo(ExitCodes.VAULT_NOT_OPENED);
        assertThat(err.toString()).contains("already exists");
    }

    @Test
    void initWithAWeakPasswordIsBadInputWithTheVaultsMessage() {
        passwords = new FakePasswords("123456");
        int code = run("init", "--db", tmp.toString(), "--user", "admin");
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("too weak").doesNotContain("Exception");
    }

    @Test
    void passwordIsNeverAnOption() {
        int code = run("init", "--db", tmp.toString(), "--user", "admin", "--password", "secret-secret");
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void demoFillsANewVaultWithTheDocumentedDefaultPassword() {
        int code = run("demo", "--db", tmp.toString(), "--clients", "50", "--seed", "3");
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).contains(DemoCommand.DEFAULT_PASSWORD).contains("50 / 50");
        assertThat(new org.amparo.clients.DefaultClientService(db, vault,
                org.amparo.security.TestSecurity.permitAll("demo", org.amparo.security.Role.ATTORNEY, "main")).count()).isEqualTo(50);
        assertThat(vault.isOpen()).isFalse();
    }

    @Test
    void benchPrintsAmparoBenchJsonWithTheSearchFigures() throws Exception {
        String glass = System.clearProperty("glass.platform");
        try {
            int code = run("bench", "--clients", "300", "--seed", "2");
            assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        } finally {
            if (glass != null) {
                System.setProperty("glass.platform", glass);
            }
        }
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("schema").asText()).isEqualTo("amparo-bench/1");
        assertThat(json.get("clients").asInt()).isEqualTo(300);
        assertThat(json.get("cores").asInt()).isPositive();
        JsonNode search = figure(json, "search.p95_ms");
        assertThat(search.get("unit").asText()).isEqualTo("ms");
        assertThat(search.get("target").asDouble()).isEqualTo(30.0);
        assertThat(search.get("floor").asDouble()).isPositive();
        assertThat(figure(json, "search.floor_p95_ms").has("target")).isFalse();
        assertThat(figure(json, "screen.docs_per_s").get("value").asDouble()).isPositive();
    }

    private static JsonNode figure(JsonNode bench, String id) {
        for (JsonNode f : bench.get("figures")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + id + " in " + bench);
    }

    @Test
    void clientServiceIsBoundForOtherFeatures() {
        assertThat(com.google.inject.Guice.createInjector(com.google.inject.util.Modules
                .override(org.amparo.bootstrap.AmparoModule.forCli()).with(new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(VaultService.class).toInstance(vault);
                        bind(Database.class).toInstance(db);
                    }
                })).getInstance(ClientService.class)).isNotNull();
    }
}
