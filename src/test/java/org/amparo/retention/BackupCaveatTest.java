package org.amparo.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.amparo.backup.Retention;
import org.junit.jupiter.api.Test;

class BackupCaveatTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    @Test
    void theLastBackupBeforeAPurgeIsGoneByTheDayTheCaveatNames() {
        Instant beforePurge = Instant.parse("2026-06-15T09:00:00Z");
        LocalDate from = BackupCaveat.rotatedOutFrom(beforePurge, UTC);
        assertThat(from).isEqualTo(LocalDate.of(2027, 6, 1));

        // the last backup of its month; then one backup a week until the day before, then one on that day: backup retention keeps it until then
        List<Instant> backups = new ArrayList<>();
        backups.add(beforePurge);
        for (LocalDate d = LocalDate.of(2026, 7, 6); d.isBefore(from); d = d.plusWeeks(1)) {
            backups.add(d.atTime(10, 0).toInstant(ZoneOffset.UTC));
        }
        Instant dayBefore = from.minusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
        backups.add(dayBefore);
        assertThat(Retention.keep(backups, dayBefore, UTC)).contains(beforePurge);

        Instant onTheDay = from.atTime(10, 0).toInstant(ZoneOffset.UTC);
        backups.add(onTheDay);
        assertThat(Retention.keep(backups, onTheDay, UTC)).doesNotContain(beforePurge);
    }
}
