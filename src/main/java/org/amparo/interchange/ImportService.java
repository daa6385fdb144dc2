package org.amparo.interchange;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Imports facts documents (JSON object, array or JSON Lines; CSV with the documented columns) as clients with an
 * intake case, in two phases: a dry run that reads and checks every row and stores nothing, then a commit of that
 * plan, all-or-nothing or only the valid rows, after a backup, with its batch record. The commit is written in
 * chunks, each its own transaction, and counts as an import only once its last transaction finishes the batch; if it
 * fails part way, what it stored is removed before the failure is reported (a crash's leftovers are removed by
 * {@link #recoverInterrupted}). A batch can be undone while none of its clients was edited. Blocking: call from a
 * background task.
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

    /** The newest committed (finished) batch that was not undone. */
    Optional<ImportBatch> lastBatch();

    /**
     * Removes what imports cut short by a crash stored (unfinished batches this service is not writing): their
     * clients, a few thousand per transaction, each deletion audited, then the batch records. Nothing of them was
     * ever reported as imported. Every commit does this first; the vault does it when it opens.
     *
     * @return how many clients were removed
     */
    int recoverInterrupted();
}
