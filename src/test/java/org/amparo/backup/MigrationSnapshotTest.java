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
            // make the newest migration (V11) pending again, as if this vault came from the version before it:
            // what V11 added is dropped, and the two tables it folds into case_screening are there again (empty)
            for (String sql : List.of(
                    "ALTER TABLE CASE_SCREENING DROP CONSTRAINT CASE_SCREENING_OUTCOME_CK",
                    "ALTER TABLE CASE_SCREENING DROP COLUMN FRAMEWORK_OUTCOMES",
                    "ALTER TABLE CASE_SCREENING DROP COLUMN RELIEF_OUTCOMES",
                    "ALTER TABLE CASE_SCREENING DROP COLUMN IN_FORCE_OUTCOME",
                    "ALTER TABLE SCREENING_RUN DROP COLUMN LATEST_MOVED_AT",
                    "CREATE TABLE CASE_FRAMEWORK_OUTCOME (RUN_ID BIGINT, CASE_ID BIGINT, FRAMEWORK VARCHAR(60), "
                            + "OUTCOME VARCHAR(30))",
                    "CREATE TABLE CASE_RELIEF_OUTCOME (RUN_ID BIGINT, CASE_ID BIGINT, RELIEF VARCHAR(20), "
                            + "OUTCOME VARCHAR(20))",
                    "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '11'")) {
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
