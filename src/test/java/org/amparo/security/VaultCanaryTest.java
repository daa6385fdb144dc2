package org.amparo.security;

import static org.amparo.db.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.amparo.platform.db.VaultDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client's name saved through jOOQ must appear nowhere in plaintext in the vault folder. */
class VaultCanaryTest {

    private static final String CANARY = "Zyxwvutsrq-Canary";
    private static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.US_ASCII, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    @TempDir
    Path temp;

    @Test
    void canaryNameIsNotInAnyVaultFileAfterLock() throws Exception {
        Path dir = temp.resolve("vault");
        VaultDatabase database = new VaultDatabase();
        H2VaultService vault = new H2VaultService(database, H2VaultServiceTest.CHEAP, Clock.systemUTC());
        vault.create(dir, H2VaultServiceTest.ADMIN, H2VaultServiceTest.PASSWORD);
        for (int i = 0; i < 200; i++) {
            H2VaultServiceTest.insertClient(database, CANARY, "Demo-" + i);
        }
        assertThat(database.dsl().fetchCount(CLIENT, CLIENT.GIVEN_NAME.eq(CANARY))).isEqualTo(200);
        vault.lock();

        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("amparo.mv.db", "keyslots.json");
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            for (Charset encoding : ENCODINGS) {
                assertThat(indexOf(content, CANARY.getBytes(encoding))).as("%s in %s", encoding, file).isEqualTo(-1);
            }
            assertThat(indexOf(content, H2VaultServiceTest.ADMIN.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(-1);
        }
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
}
