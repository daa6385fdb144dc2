package org.amparo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.amparo.platform.db.H2FileDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault with pending migrations is snapshotted before migrating, and the next backup wraps that snapshot. */
class MigrationSnapshotTest {

    @TempDir
    Path temp;

    @Test
    void pendingMigrationsAreBackedUpFirstAndTheNextBackupWrapsTheSnapshot() throws Exception {
        Path dir = temp.resolve("vault");
        try (BackupFixture f = new BackupFixture(dir)) {
            f.fillDemo(12, 4);
            // make the newest migration (V12) pending again, as if this vault came from the version before it:
            // the pointer table it adds is dropped, and the client_case columns it moves there are back (empty)
            for (String sql : List.of(
                    "DROP TABLE CASE_LATEST_SCREENING",
                    "ALTER TABLE CLIENT_CASE ADD COLUMN LATEST_RUN_ID BIGINT",
                    "ALTER TABLE CLIENT_CASE ADD COLUMN IN_FORCE_FRAMEWORK VARCHAR(60)",
                    "ALTER TABLE CLIENT_CASE ADD COLUMN IN_FORCE_OUTCOME VARCHAR(30)",
                    "ALTER TABLE CLIENT_CASE ADD CONSTRAINT CLIENT_CASE_OUTCOME_CK CHECK (IN_FORCE_OUTCOME IS NULL)",
                    "ALTER TABLE CLIENT_CASE ADD COLUMN NEXT_DEADLINE DATE",
                    "ALTER TABLE CLIENT_CASE ADD COLUMN NEXT_DEADLINE_LABEL VARCHAR(300)",
                    "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '12'")) {
                f.database.dsl().execute(sql);
            }
        }

        try (BackupFixture reopened = BackupFixture.open(dir)) {
            try (Stream<Path> files = Files.list(dir.resolve(DefaultBackupService.FOLDER_NAME))) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .anyMatch(n -> n.startsWith(H2FileDatabase.BEFORE_MIGRATION_PREFIX) && n.endsWith(".zip"));
            }

            reopened.backups.backup(BackupReason.MANUAL);

            assertThat(reopened.backups.list()).extracting(BackupReport::reason)
                    .containsExactly(BackupReason.MANUAL, BackupReason.BEFORE_MIGRATION);
            BackupReport before = reopened.backups.list().get(1);
            assertThat(before.rowCounts()).containsEntry("CLIENT", 12L);
            assertThat(reopened.backups.verify(before.file()).verified()).isTrue();
        }
    }
}
