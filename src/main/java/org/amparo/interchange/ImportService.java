package org.amparo.interchange;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Imports facts documents (JSON object, array or JSON Lines; CSV with the documented columns) as clients with an
 * intake case, in two phases: a dry run that reads and checks every row and stores nothing, then a commit of that
 * plan, all-or-nothing or only the valid rows, after a backup, in one transaction with its batch record. A batch can
 * be undone while none of its clients was edited. Blocking: call from a background task.
 */
public interface ImportService {

    /** Reads and checks the whole file; stores nothing. A file that cannot be read is a report, not an exception. */
    ImportPlan dryRun(Path file, ImportProgress progress);

    /**
     * Commits a dry run's plan: every row, or with {@code onlyValid} only the rows without problems.
     *
     * @throws ImportRefusedException nothing was stored (rows with problems and not {@code onlyValid}, unreadable
     *         file, no valid row, no backup, the file changed since the dry run)
     */
    ImportReport commit(ImportPlan plan, boolean onlyValid, ImportProgress progress) throws ImportRefusedException;

    /**
     * Deletes the clients (and their cases) a batch created; audited.
     *
     * @throws ImportRefusedException no such batch, already undone, or one of its clients was edited since (named)
     */
    ImportBatch undo(long batchId) throws ImportRefusedException;

    /** The newest committed batch that was not undone. */
    Optional<ImportBatch> lastBatch();
}
