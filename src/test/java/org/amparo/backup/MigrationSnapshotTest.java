package org.amparo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            // make the newest migration (V13) pending again, as if this vault came from the version before it:
            // the list tables get back the primary keys it drops
            List<String> undoV13 = new ArrayList<>();
            for (String table : List.of("CLIENT_COUNTRY", "CLIENT_LANGUAGE", "FACT_PRIOR_REMOVAL", "FACT_CONVICTION",
                    "FACT_PENDING_CHARGE", "FACT_UNCHARGED_CONDUCT", "FACT_U_CRIME", "FACT_T_MEANS",
                    "FACT_T_LABOR_PURPOSE", "FACT_VAWA_ABUSE_TYPE", "FACT_VAWA_GMC_ISSUE", "FACT_FAMILY_MEMBER",
                    "FACT_COURT_EVENT", "FACT_ICE_CHECKIN", "FACT_SOURCE")) {
                undoV13.add("ALTER TABLE " + table + " ADD PRIMARY KEY (CLIENT_ID, POSITION)");
            }
            undoV13.add("ALTER TABLE FACT_CONVICTION_TAG ADD PRIMARY KEY (CLIENT_ID, CONVICTION_POSITION, POSITION)");
            undoV13.add("ALTER TABLE FACT_PENDING_CHARGE_TAG ADD PRIMARY KEY (CLIENT_ID, CHARGE_POSITION, POSITION)");
            undoV13.add("ALTER TABLE FACT_U_CRIME_MODIFIER ADD PRIMARY KEY (CLIENT_ID, CRIME_POSITION, POSITION)");
            undoV13.add("ALTER TABLE FACT_COURT_EVENT_287G ADD PRIMARY KEY (CLIENT_ID, EVENT_POSITION, POSITION)");
            undoV13.add("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '13'");
            for (String sql : undoV13) {
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
