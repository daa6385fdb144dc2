package org.amparo.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkLoadTest {

    private static List<String> settings(Database db) {
        return db.dsl().resultQuery("SELECT SETTING_NAME || '=' || SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME IN ('WRITE_DELAY', 'RETENTION_TIME') ORDER BY 1").fetch(0, String.class)
                .stream().distinct().toList();
    }

    @Test
    void loadRunsWithBulkSettingsAndRestoresThemAfterwards() {
        Database db = TestDatabases.freshInMemory();
        db.dsl().execute("SET RETENTION_TIME 45000");
        List<String> during = new ArrayList<>();

        BulkLoad.run(db, () -> during.addAll(settings(db)));

        assertThat(during).as("H2's retention is left alone: set to 0 for loads, it lost committed imports")
                .contains("WRITE_DELAY=2000", "RETENTION_TIME=45000");
        assertThat(settings(db)).contains("WRITE_DELAY=0", "RETENTION_TIME=45000").doesNotContain("WRITE_DELAY=2000");
    }

    @Test
    void aLoadInsideALoadLeavesTheSettingsToTheOuterOne() {
        Database db = TestDatabases.freshInMemory();
        db.dsl().execute("SET RETENTION_TIME 45000");
        List<String> afterInner = new ArrayList<>();

        BulkLoad.run(db, () -> {
            BulkLoad.run(db, () -> { });
            afterInner.addAll(settings(db));
        });

        assertThat(afterInner).as("an import's chunk does not end the import's bulk settings")
                .contains("WRITE_DELAY=2000", "RETENTION_TIME=45000");
        assertThat(settings(db)).contains("WRITE_DELAY=0", "RETENTION_TIME=45000");
    }
}
