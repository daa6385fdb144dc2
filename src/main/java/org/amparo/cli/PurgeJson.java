package org.amparo.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.amparo.retention.PurgeReport;
import org.amparo.retention.PurgedCase;

/** The {@code purge} command's JSON report (snake_case through {@code FactsJson.mapper()}). */
record PurgeJson(String reason, List<PurgedCase> cases, String backupFile, Instant backupAt,
                 LocalDate backupsRotatedOutFrom, String backupCaveat) {

    /** The whole run: one report per kind purged (each with its own backup). */
    record Run(boolean dryRun, List<PurgeJson> purges) {
    }

    static PurgeJson of(PurgeReport r) {
        return new PurgeJson(r.reason(), r.cases(), r.backupFile() == null ? null : r.backupFile().toString(),
                r.backupAt(), r.rotatedOutFrom(), r.backupCaveat());
    }
}
