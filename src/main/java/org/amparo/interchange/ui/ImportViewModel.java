package org.amparo.interchange.ui;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.interchange.ImportBatch;
import org.amparo.interchange.ImportDuplicate;
import org.amparo.interchange.ImportPlan;
import org.amparo.interchange.ImportProblem;
import org.amparo.interchange.ImportProgress;
import org.amparo.interchange.ImportRefusedException;
import org.amparo.interchange.ImportReport;
import org.amparo.interchange.ImportService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskContext;
import org.amparo.platform.task.TaskHandle;
import org.amparo.platform.task.TaskRunner;

/**
 * The import window: a dry run of the chosen file in the background (progress, cancel), its rejected rows and likely
 * duplicates, then "Import N clients" (all-or-nothing) or "Import only the valid rows", and "Undo this import" for the
 * newest batch.
 */
public final class ImportViewModel {

    private final ImportService imports;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper canImportAll = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canImportValid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper importAllLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ImportProblem> rejected = FXCollections.observableArrayList();
    private final ObservableList<ImportDuplicate> duplicates = FXCollections.observableArrayList();
    private ImportPlan plan;
    private ImportBatch lastBatch;
    private TaskHandle running;
    private Runnable onImported = () -> { };

    @Inject
    public ImportViewModel(ImportService imports, TaskRunner tasks, Messages messages) {
        this.imports = imports;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    /** Looks up the newest batch (for "Undo this import"); called when the window is shown. */
    public void activate() {
        tasks.run(BackgroundTask.of("", context -> imports.lastBatch())
                .onSuccess(batch -> showLastBatch(batch.orElse(null)))
                .onFailure(Exception.class, e -> showLastBatch(null)));
    }

    /** Starts the dry run of {@code file}. */
    public void choose(Path file) {
        plan = null;
        rejected.clear();
        duplicates.clear();
        refreshButtons();
        fileName.set(file.getFileName().toString());
        start(messages.get("importWindow.checking", file.getFileName()));
        running = tasks.run(BackgroundTask.of(messages.get("importWindow.task"), context ->
                        imports.dryRun(file, progressOf(context)))
                .onSuccess(this::showPlan)
                .onFailure(CancellationException.class, e -> stop(messages.get("importWindow.cancelled")))
                .onFailure(Exception.class, e -> stop(messages.get("importWindow.failed"))));
        followProgress();
    }

    /** Commits every row (refused when some are rejected). */
    public void importAll() {
        commit(false);
    }

    /** Commits only the rows without problems. */
    public void importValid() {
        commit(true);
    }

    private void commit(boolean onlyValid) {
        ImportPlan chosen = plan;
        if (chosen == null) {
            return;
        }
        start(messages.get("importWindow.committing"));
        running = tasks.run(BackgroundTask.of(messages.get("importWindow.task"), context ->
                        imports.commit(chosen, onlyValid, progressOf(context)))
                .onSuccess(this::committed)
                .onFailure(ImportRefusedException.class, e -> stop(e.getMessage()))
                .onFailure(CancellationException.class, e -> stop(messages.get("importWindow.cancelled")))
                .onFailure(Exception.class, e -> stop(messages.get("importWindow.failed"))));
        followProgress();
    }

    /** Shows the running task's progress while it runs. */
    private void followProgress() {
        if (busy.get() && running != null) {
            progress.bind(running.progressProperty());
        }
    }

    /** Undoes the newest batch. */
    public void undoLast() {
        ImportBatch batch = lastBatch;
        if (batch == null) {
            return;
        }
        start(messages.get("importWindow.undoing"));
        running = tasks.run(BackgroundTask.of(messages.get("importWindow.task"), context -> imports.undo(batch.id()))
                .onSuccess(undone -> {
                    stop(messages.get("importWindow.undone", undone.id(), undone.imported()));
                    showLastBatch(null);
                    activate();
                    onImported.run();
                })
                .onFailure(ImportRefusedException.class, e -> stop(e.getMessage()))
                .onFailure(Exception.class, e -> stop(messages.get("importWindow.failed"))));
    }

    /** Stops the running dry run or commit (a commit rolls back). */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
            stop(messages.get("importWindow.cancelled"));
        }
    }

    private void showPlan(ImportPlan found) {
        plan = found;
        ImportReport r = found.report();
        rejected.setAll(r.rejected());
        duplicates.setAll(r.likelyDuplicates());
        String summary = !r.readable() ? messages.get("importWindow.unreadable")
                : messages.get("importWindow.summary", r.rowsRead(), r.valid(), r.rowsRejected(),
                r.likelyDuplicates().size());
        stop(summary);
    }

    private void committed(ImportReport report) {
        plan = null;
        stop(messages.get("importWindow.done", report.imported(), report.batchId()));
        activate();
        onImported.run();
    }

    private void showLastBatch(ImportBatch batch) {
        lastBatch = batch;
        refreshButtons();
    }

    private void start(String message) {
        busy.set(true);
        progress.unbind();
        progress.set(-1);
        status.set(message);
        refreshButtons();
    }

    private void stop(String message) {
        busy.set(false);
        progress.unbind();
        progress.set(0);
        status.set(message);
        running = null;
        refreshButtons();
    }

    private void refreshButtons() {
        boolean idle = !busy.get();
        ImportReport r = plan == null ? null : plan.report();
        boolean readable = r != null && r.readable() && r.valid() > 0;
        canImportAll.set(idle && readable && r.rowsRejected() == 0);
        canImportValid.set(idle && readable && r.rowsRejected() > 0);
        importAllLabel.set(messages.get("importWindow.all", r == null ? 0 : r.valid()));
        canUndo.set(idle && lastBatch != null);
    }

    private ImportProgress progressOf(TaskContext context) {
        return new ImportProgress() {
            @Override
            public void bytesRead(long done, long total) {
                context.updateProgress(done, total);
            }

            @Override
            public boolean cancelled() {
                return context.isCancelled();
            }
        };
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportAllProperty() {
        return canImportAll.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportValidProperty() {
        return canImportValid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importAllLabelProperty() {
        return importAllLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ObservableList<ImportProblem> rejected() {
        return FXCollections.unmodifiableObservableList(rejected);
    }

    public ObservableList<ImportDuplicate> duplicates() {
        return FXCollections.unmodifiableObservableList(duplicates);
    }
}
