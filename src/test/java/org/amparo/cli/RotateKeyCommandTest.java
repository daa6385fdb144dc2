package org.amparo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.amparo.security.KeyRotationService;
import org.amparo.security.VaultException;
import org.amparo.security.VaultKeys;
import org.amparo.security.VaultService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amparo rotate-key} through {@link CliMain}, over a fake vault and a fake rotation service. */
class RotateKeyCommandTest {

    private static final String PASSWORD = "Prueba lantern orchard 47 quietly";

    @TempDir
    Path tmp;

    private final FakeVault vault = new FakeVault();
    private final Rotation rotation = new Rotation();
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
                bind(VaultKeys.class).toInstance(vault);
                bind(KeyRotationService.class).toInstance(rotation);
                bind(PasswordInput.class).toInstance(new ClientCommandsTest.FakePasswords(PASSWORD));
            }
        };
    }

    @BeforeEach
    void vault() {
        assertThat(run("init", "--db", tmp.toString(), "--user", "admin")).isZero();
    }

    @Test
    void anAdministratorRotatesAndGetsAJsonReport() throws Exception {
        int code = run("rotate-key", "--db", tmp.toString(), "--user", "admin");

        assertThat(code).as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("command").asText()).isEqualTo("rotate-key");
        assertThat(report.get("key_generation").asInt()).isEqualTo(1);
        assertThat(report.get("backup").asText()).endsWith("before-key-rotation.ampbak");
        assertThat(err.toString()).contains("Database key rotated");
        assertThat(vault.isOpen()).isFalse();
    }

    @Test
    void someoneWhoIsNotAnAdministratorFailsWithExitOneAndNothingRotates() {
        rotation.allowed = false;

        int code = run("rotate-key", "--db", tmp.toString(), "--user", "admin");

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("only an administrator").doesNotContain("\tat ");
        assertThat(rotation.rotations).isZero();
    }

    @Test
    void aFailedRotationIsExitOneWithItsPlainMessage() {
        rotation.failure = new VaultException(VaultException.Reason.IO, "The database key was not changed: test");

        int code = run("rotate-key", "--db", tmp.toString(), "--user", "admin");

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("The database key was not changed: test").doesNotContain("\tat ");
    }

    static final class Rotation implements KeyRotationService {
        boolean allowed = true;
        int rotations;
        VaultException failure;

        @Override
        public boolean mayRotate() {
            return allowed;
        }

        @Override
        public Rotated rotate() throws VaultException {
            if (failure != null) {
                throw failure;
            }
            rotations++;
            return new Rotated(rotations, Path.of("backups", "before-key-rotation.ampbak"));
        }
    }
}
