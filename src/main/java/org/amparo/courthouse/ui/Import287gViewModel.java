package org.amparo.courthouse.ui;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.courthouse.Ice287gService;
import org.amparo.courthouse.SnapshotInfo;
import org.amparo.courthouse.ice287g.Ice287gFormatException;
import org.amparo.courthouse.ice287g.Ice287gReport;
import org.amparo.courthouse.ice287g.ImportWarning;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.AccessDeniedException;

/**
 * Importing ICE's 287(g) list in two steps: choosing a file runs a dry run whose report is shown (counts by model,
 * states, counties, warnings with their rows); "Import" then stores it as the snapshot in force, "Cancel" drops it.
 */
public final class Import287gViewModel {

    private final Ice287gService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Ice287gReport> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ImportWarning> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper inForce = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    @Inject
    public Import287gViewModel(Ice287gService service, TaskRunner tasks, Messages messages, DialogService dialogs) {
        this.dialogs = dialogs;
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Shows which list is in force. */
    public void activate() {
        tasks.run(BackgroundTask.of("", context -> service.current())
                .onSuccess(current -> inForce.set(current.map(this::describe)
                        .orElse(messages.get("ice287g.inForce.none"))))
                .onFailure(Exception.class, e -> inForce.set(messages.get("ice287g.failed"))));
    }

    private String describe(SnapshotInfo s) {
        return messages.get("ice287g.inForce", s.sourceName(), s.agreementsImported(),
                s.listDate() == null ? "—" : s.listDate().toString(), s.importedAt().toLocalDate().toString());
    }

    /** Asks for the list (.xlsx or .csv) and previews it. */
    public void chooseFile() {
        dialogs.chooseFileToOpen(messages.get("ice287g.chooseTitle"),
                        List.of(new DialogService.FileFilter(messages.get("ice287g.fileType"),
                                List.of("*.xlsx", "*.csv"))))
                .ifPresent(this::preview);
    }

    /** Reads {@code chosen} as a dry run and shows its report; nothing is stored. */
    public void preview(Path chosen) {
        cancel();
        file.set(chosen);
        busy.set(true);
        status.set(messages.get("ice287g.reading", chosen.getFileName()));
        tasks.run(BackgroundTask.of(messages.get("ice287g.task.preview"), context -> {
                    context.updateProgress(-1, -1);
                    return read(chosen, true);
                })
                .onSuccess(this::showPreview)
                .onFailure(AccessDeniedException.class, e -> failed(messages.get("ice287g.denied")))
                .onFailure(Ice287gFormatException.class, e -> failed(messages.get("ice287g.notAList", e.getMessage())))
                .onFailure(IOException.class, e -> failed(messages.get("ice287g.unreadable")))
                .onFailure(Exception.class, e -> failed(messages.get("ice287g.failed"))));
    }

    private Ice287gReport read(Path path, boolean dryRun) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return service.importList(in, path.getFileName().toString(), dryRun);
        }
    }

    private void showPreview(Ice287gReport report) {
        busy.set(false);
        preview.set(report);
        warnings.setAll(report.warnings());
        Map<String, Integer> models = new TreeMap<>(report.byModel());
        summary.set(messages.get("ice287g.summary", report.rowsRead(), report.agreementsImported(),
                report.blankRowsSkipped(), models.getOrDefault("JEM", 0), models.getOrDefault("TFM", 0),
                models.getOrDefault("WSO", 0), report.states(), report.counties(), report.warnings().size()));
        status.set(messages.get("ice287g.previewReady"));
    }

    private void failed(String message) {
        busy.set(false);
        preview.set(null);
        warnings.clear();
        summary.set("");
        status.set(message);
    }

    /** Stores the previewed file as the snapshot in force (all or nothing). */
    public void confirm() {
        Path chosen = file.get();
        if (chosen == null || preview.get() == null) {
            return;
        }
        busy.set(true);
        tasks.run(BackgroundTask.of(messages.get("ice287g.task.import"), context -> {
                    context.updateProgress(-1, -1);
                    return read(chosen, false);
                })
                .onSuccess(report -> {
                    cancel();
                    status.set(messages.get("ice287g.imported", report.agreementsImported()));
                    activate();
                })
                .onFailure(Exception.class, e -> {
                    busy.set(false);
                    status.set(messages.get("ice287g.importFailed"));
                }));
    }

    /** Drops the preview; nothing was stored. */
    public void cancel() {
        busy.set(false);
        file.set(null);
        preview.set(null);
        warnings.clear();
        summary.set("");
        status.set("");
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Ice287gReport> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<ImportWarning> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty inForceProperty() {
        return inForce.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
