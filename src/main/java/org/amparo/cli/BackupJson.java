package org.amparo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.amparo.backup.BackupReport;
import org.amparo.backup.RestoreReport;
import org.amparo.facts.FactsJson;
import picocli.CommandLine.Model.CommandSpec;

/** The JSON reports of {@code backup}, {@code verify-backup} and {@code restore} ({@code amparo-backup-report/1}). */
final class BackupJson {

    static final String SCHEMA = "amparo-backup-report/1";

    private BackupJson() {
    }

    static Map<String, Object> backup(String command, BackupReport report, double seconds) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", SCHEMA);
        json.put("command", command);
        json.put("file", report.file().toAbsolutePath().toString());
        json.put("created_at", report.createdAt().toString());
        json.put("reason", report.reason().name());
        json.put("verified", report.verified());
        json.put("bytes", report.bytes());
        json.put("row_counts", report.rowCounts());
        json.put("seconds", Math.round(seconds * 1000) / 1000.0);
        return json;
    }

    static Map<String, Object> failed(String command, String file, String error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", SCHEMA);
        json.put("command", command);
        json.put("file", file);
        json.put("verified", false);
        json.put("error", error);
        return json;
    }

    static Map<String, Object> restore(RestoreReport report, double seconds) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", SCHEMA);
        json.put("command", "restore");
        json.put("file", report.plan().file().toAbsolutePath().toString());
        json.put("backup_created_at", report.plan().backupCreatedAt().toString());
        json.put("restored_at", report.plan().now().toString());
        json.put("lost_window_seconds", report.plan().lostWindow().toSeconds());
        json.put("row_differences", report.plan().rowDifferences());
        json.put("row_counts", report.plan().backupRows());
        json.put("snapshot_before", report.snapshotBefore().file().toAbsolutePath().toString());
        json.put("seconds", Math.round(seconds * 1000) / 1000.0);
        return json;
    }

    static void print(CommandSpec spec, Map<String, Object> json) {
        try {
            spec.commandLine().getOut().println(FactsJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        spec.commandLine().getOut().flush();
    }
}
