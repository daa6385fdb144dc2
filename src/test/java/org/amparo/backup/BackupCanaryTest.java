package org.amparo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client names saved through the real service appear in no backup byte, and a backup leaves no work files behind. */
class BackupCanaryTest {

    private static final List<String> CANARIES = List.of("Zyxwvutsrq-Canary", "Ñandú-Canaria-Éxito");
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    @TempDir
    Path temp;

    @Test
    void canaryNamesAreInNoBackupFile() throws Exception {
        Path elsewhere = temp.resolve("usb");
        try (BackupFixture f = new BackupFixture(temp.resolve("vault"))) {
            f.fillDemo(50, 2);
            for (int i = 0; i < 100; i++) {
                f.addClient(CANARIES.get(i % 2), CANARIES.get((i + 1) % 2));
            }
            f.backups.backup(BackupReason.MANUAL);
            f.backups.backupTo(elsewhere, BackupReason.MANUAL, step -> { });
        }

        List<Path> files = files(temp);
        assertThat(files).filteredOn(p -> p.toString().endsWith(BackupFolder.EXTENSION)).hasSize(2);
        assertThat(files).noneMatch(p -> p.getFileName().toString().startsWith(".backup-")
                || p.toString().contains("/.backup-") || p.toString().endsWith(".zip"));
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            for (String canary : CANARIES) {
                for (Charset encoding : ENCODINGS) {
                    assertThat(indexOf(content, canary.getBytes(encoding))).as("%s %s in %s", canary, encoding, file)
                            .isEqualTo(-1);
                }
            }
        }
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
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
