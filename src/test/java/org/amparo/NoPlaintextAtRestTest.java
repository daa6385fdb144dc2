package org.amparo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Injector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.amparo.bootstrap.AmparoModule;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.facts.Person;
import org.amparo.security.AuditEntry;
import org.amparo.security.AuditMonitor;
import org.amparo.security.VaultException;
import org.amparo.security.VaultService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's "no plaintext at rest" proof, for everything but backups: clients with canary names (ASCII, accented,
 * non-Latin so that UTF-16 matters) are written, searched, read back and audited through the real services of the
 * desktop injector; then no canary, in UTF-8, UTF-16 (both byte orders) or Latin-1, is in any file of the vault
 * folder, in any file under {@code java.io.tmpdir} written during the test, in anything logged to stdout/stderr, in
 * the Java preferences store the app uses, or in any audit entry.
 */
class NoPlaintextAtRestTest {

    private static final List<String> CANARIES = List.of("Qzxwvyk-Canario", "Zoë Ñandúbay-Prueba",
            "Дарьяшка-Пример");
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1);
    private static final char[] PASSWORD = "violet tractor harbour moonlight".toCharArray();
    private static final long LARGEST_SCANNED = 256L << 20;

    @TempDir
    Path temp;

    @Test
    void canariesWrittenThroughTheAppAppearInNoFileLogPreferenceOrAuditEntry() throws Exception {
        Instant started = Instant.now().minusSeconds(2);
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(new Tee(out, logged), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, logged), true, StandardCharsets.UTF_8));
        List<AuditEntry> audit;
        Path vaultDir = temp.resolve("vault");
        try {
            audit = writeReadAndAudit(vaultDir);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(holdsCanary(("x" + CANARIES.get(2)).getBytes(StandardCharsets.UTF_16BE))).as("scanner").isTrue();
        assertThat(holdsCanary(CANARIES.get(1).getBytes(StandardCharsets.ISO_8859_1))).as("scanner").isTrue();
        try (Stream<Path> files = Files.list(vaultDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("amparo.mv.db");
        }
        assertThat(audit).extracting(AuditEntry::action).contains("SIGN_IN", "SIGN_IN_FAILED");
        assertThat(audit).allSatisfy(entry -> assertThat(holdsCanary(entry.toString().getBytes(StandardCharsets.UTF_8)))
                .as("audit entry %s", entry).isFalse());
        assertThat(filesHoldingCanary(vaultDir, Instant.MIN)).as("vault files").isEmpty();
        assertThat(filesHoldingCanary(Paths.get(System.getProperty("java.io.tmpdir")), started))
                .as("temporary files written during the test").isEmpty();
        assertThat(holdsCanary(logged.toByteArray())).as("log output").isFalse();
        assertThat(holdsCanary(preferencesExport())).as("preferences node org/amparo").isFalse();
        Path prefsRoot = Paths.get(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home")),
                ".java", ".userPrefs", "org", "amparo");
        assertThat(filesHoldingCanary(prefsRoot, Instant.MIN)).as("preferences files").isEmpty();
    }

    private List<AuditEntry> writeReadAndAudit(Path dir) throws Exception {
        Injector injector = AmparoApplication.injector(List.of(AmparoModule.forDesktop()));
        VaultService vault = injector.getInstance(VaultService.class);
        ClientService clients = injector.getInstance(ClientService.class);
        vault.create(dir, "Admin Prueba", PASSWORD);
        try {
            for (String canary : CANARIES) {
                clients.save(Client.newClient(person(canary)));
            }
            assertThat(clients.search(CANARIES.get(0).substring(0, 7), 10)).hasSize(1);
        } finally {
            vault.lock();
        }
        assertThatThrownBy(() -> vault.open(dir, "Admin Prueba", "not the password".toCharArray()))
                .isInstanceOf(VaultException.class);
        Thread.sleep(1_100);
        vault.open(dir, "Admin Prueba", PASSWORD);
        try {
            for (String canary : CANARIES) {
                long id = clients.search(canary, 5).get(0).id();
                assertThat(clients.find(id).orElseThrow().person().familyName()).isEqualTo(canary);
            }
            return injector.getInstance(AuditMonitor.class).recent(1_000);
        } finally {
            vault.lock();
        }
    }

    private static Person person(String canary) {
        return new Person(canary.split("-")[0], canary, canary, List.of(canary + " alias"), LocalDate.of(1990, 3, 4),
                Person.Sex.F, List.of("MX"), List.of("es"), null,
                List.of(new Person.Phone("555-0100", true, false, false)),
                List.of(new Person.Email("demo@example.org", true)),
                new Person.Address("1 " + canary + " Street", null, "Example City", null, "TX", "78701", true),
                "Safe contact: ask for " + canary);
    }

    private static byte[] preferencesExport() throws Exception {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        Preferences node = Preferences.userRoot();
        if (node.nodeExists("org/amparo")) {
            node.node("org/amparo").exportSubtree(xml);
        }
        return xml.toByteArray();
    }

    private static List<Path> filesHoldingCanary(Path root, Instant modifiedSince) throws IOException {
        List<Path> holding = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return holding;
        }
        try (Stream<Path> walk = Files.walk(root, 12)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (scanned(file, modifiedSince) && holdsCanary(Files.readAllBytes(file))) {
                    holding.add(file);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            // another process removed a file while we walked: what was read was scanned
        }
        return holding;
    }

    private static boolean scanned(Path file, Instant modifiedSince) {
        try {
            return Files.isReadable(file) && Files.size(file) <= LARGEST_SCANNED
                    && !Files.getLastModifiedTime(file).toInstant().isBefore(modifiedSince);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean holdsCanary(byte[] content) {
        for (String canary : CANARIES) {
            for (Charset encoding : ENCODINGS) {
                if (encoding.newEncoder().canEncode(canary) && indexOf(content, canary.getBytes(encoding)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Writes to the console and keeps a copy. */
    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final OutputStream copy;

        Tee(OutputStream console, OutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            console.write(b);
            copy.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            console.write(b, off, len);
            copy.write(b, off, len);
        }
    }
}
