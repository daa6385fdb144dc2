package org.amparo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amparo.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import stays imported: each command runs in its own process, as from a shell, and a vault that has been
 * re-screened, then given an import, still holds the imported clients when it is next opened. (With H2's
 * {@code RETENTION_TIME 0} during the import's bulk load, the next open found the vault as it was before the import,
 * batch and all, though the import had reported success.)
 */
class ImportDurabilityTest {

    private static final String PASSWORD = "Demo-Amparo-Ficticio-2026";

    @TempDir
    Path temp;

    @Test
    void clientsImportedAfterARescreenAreStillThereAtTheNextOpen() throws Exception {
        Path source = temp.resolve("source");
        Path vault = temp.resolve("vault");
        Path file = temp.resolve("clients.json");
        Path after = temp.resolve("after.json");
        amparo("demo", "--db", source.toString(), "--clients", "60");
        amparo("export", "--db", source.toString(), "--user", "demo", "--format", "json", "--out", file.toString());
        amparo("demo", "--db", vault.toString(), "--clients", "60");
        amparo("rescreen", "--db", vault.toString(), "--user", "demo");

        String imported = amparo("import", "--db", vault.toString(), "--user", "demo", "--only-valid",
                file.toString());
        amparo("export", "--db", vault.toString(), "--user", "demo", "--format", "json", "--out", after.toString());

        assertThat(imported).contains("Imported 60 clients as batch 1");
        JsonNode documents = new ObjectMapper().readTree(after.toFile());
        assertThat(documents.size()).as("clients in the vault at the next open").isEqualTo(120);
        assertThat(amparo("import", "--db", vault.toString(), "--user", "demo", "--undo", "1"))
                .as("the batch can still be undone").contains("was undone");
    }

    /** Runs one command in a new JVM; returns what it printed; fails on a non-zero exit. */
    private String amparo(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp",
                System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                Launcher.class.getName()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(temp, "out", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("AMPARO_PASSWORD", PASSWORD);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("amparo %s finished", args[0]).isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("amparo %s: %s", args[0], printed).isZero();
        return printed;
    }
}
