package org.amparo.interchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The report of a dry run or a commit ({@code import} prints it as JSON): rows read, how many were valid and how many
 * imported, every rejected row's problems (row, path, reason), likely duplicates, and the batch id of a commit.
 *
 * @param valid rows that passed every check (what a commit would import)
 * @param rowsRejected rows with at least one problem ({@code rejected} lists each problem)
 * @param readable false when the file could not be read to its end: then nothing of it can be imported
 * @param batchId the committed batch, null for a dry run or a refused commit
 */
@JsonPropertyOrder({"file", "format", "dry_run", "rows_read", "valid", "imported", "rows_rejected", "rejected",
        "likely_duplicates", "readable", "batch_id"})
public record ImportReport(String file, String format, boolean dryRun, int rowsRead, int valid, int imported,
                           int rowsRejected, List<ImportProblem> rejected, List<ImportDuplicate> likelyDuplicates,
                           boolean readable, Long batchId) {

    public ImportReport {
        rejected = List.copyOf(rejected);
        likelyDuplicates = List.copyOf(likelyDuplicates);
    }

    /** The same report after a commit of {@code imported} rows as {@code batchId}. */
    public ImportReport committed(int importedRows, long batch) {
        return new ImportReport(file, format, false, rowsRead, valid, importedRows, rowsRejected, rejected,
                likelyDuplicates, readable, batch);
    }
}
