package org.amparo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.amparo.backup.data.TableDigests.TableDigest;
import org.amparo.security.AuditAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup verifies, restores to the same tables, and a restore snapshots first and says what it loses. */
class BackupRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void backupVerifyRestoreGivesTheSameTables() throws Exception {
        try (BackupFixture f = new BackupFixture(temp.resolve("vault"))) {
            f.fillDemo(40, 3);
            Map<String, TableDigest> before = f.digests();

            BackupReport made = f.backups.backup(BackupReason.MANUAL);

            assertThat(made.verified()).isTrue();
            assertThat(made.rowCounts()).containsEntry("CLIENT", 40L);
            assertThat(f.backups.verify(made.file()).rowCounts()).isEqualTo(made.rowCounts());
            assertThat(f.backups.lastVerified()).map(BackupReport::file).contains(made.file());
            assertThat(f.audit.entries()).extracting(e -> e.action()).contains(AuditAction.BACKUP);

            f.addClient("Rosa", "Ejemplo");
            RestorePlan plan = f.backups.plan(made.file());
            assertThat(plan.rowDifferences()).containsEntry("CLIENT", 1L);

            RestoreReport restored = f.backups.restore(made.file(), step -> { });

            assertThat(restored.snapshotBefore().reason()).isEqualTo(BackupReason.BEFORE_RESTORE);
            assertThat(restored.snapshotBefore().rowCounts()).containsEntry("CLIENT", 41L);
            assertThat(f.vault.isOpen()).isTrue();
            assertThat(f.digests()).isEqualTo(before);
        }
    }

    @Test
    void aFlippedByteIsRefusedBeforeAnythingChanges() throws Exception {
        try (BackupFixture f = new BackupFixture(temp.resolve("vault"))) {
            f.fillDemo(10, 1);
            BackupReport made = f.backups.backup(BackupReason.MANUAL);
            byte[] bytes = Files.readAllBytes(made.file());
            bytes[bytes.length / 2] ^= 0x10;
            Path bad = temp.resolve("bad.ampbak");
            Files.write(bad, bytes);
            f.addClient("Rosa", "Ejemplo");
            Map<String, TableDigest> current = f.digests();

            assertThatThrownBy(() -> f.backups.restore(bad, step -> { })).isInstanceOf(BackupException.class)
                    .hasMessageContaining("Nothing was changed");

            assertThat(f.digests()).isEqualTo(current);
            assertThat(f.backups.list()).hasSize(1);
        }
    }
}
