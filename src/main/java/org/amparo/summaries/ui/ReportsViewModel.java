package org.amparo.summaries.ui;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.dialog.DialogService.FileFilter;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskHandle;
import org.amparo.platform.task.TaskRunner;
import org.amparo.summaries.reports.ReportService;
import org.amparo.summaries.reports.ReportTable;

/** Program reports: compute the aggregate tables (with progress and cancel), then save them as CSV or PDF. */
public final class ReportsViewModel {

    private final ReportService reports;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObservableList<ReportTable> tables = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper computed = new ReadOnlyBooleanWrapper(false);
    private TaskHandle running;

    @Inject
    public ReportsViewModel(ReportService reports, TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.reports = reports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        status.set(messages.get("report.ui.intro"));
    }

    public void compute() {
        working.set(true);
        status.set(messages.get("report.ui.computing"));
        running = tasks.run(BackgroundTask.of(messages.get("report.ui.computing"), context ->
                reports.compute(LocalDate.now(), messages.locale(), context)).onSuccess(result -> {
                    working.set(false);
                    tables.setAll(result);
                    computed.set(true);
                    status.set(messages.get("report.ui.ready"));
                }).onFailure(Exception.class, this::failed));
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
        working.set(false);
        status.set(messages.get("report.ui.cancelled"));
    }

    public void saveCsv() {
        save("reports.csv", new FileFilter(messages.get("report.ui.filter.csv"), List.of("*.csv")), true);
    }

    public void savePdf() {
        save("reports.pdf", new FileFilter(messages.get("summary.ui.filter.pdf"), List.of("*.pdf")), false);
    }

    private void save(String suggested, FileFilter filter, boolean csv) {
        if (tables.isEmpty()) {
            return;
        }
        Optional<Path> out = dialogs.chooseFileToSave(messages.get("report.ui.saveTitle"), suggested, List.of(filter));
        if (out.isEmpty()) {
            return;
        }
        List<ReportTable> snapshot = List.copyOf(tables);
        tasks.run(BackgroundTask.ofRunnable(messages.get("report.ui.saving"), () -> {
            if (csv) {
                reports.exportCsv(snapshot, out.get());
            } else {
                reports.exportPdf(snapshot, messages.locale(), out.get());
            }
        }).onSuccess(done -> status.set(messages.get("report.ui.saved", out.get().getFileName())))
                .onFailure(Exception.class, this::failed));
    }

    private void failed(Exception e) {
        working.set(false);
        status.set(messages.get("report.ui.failed"));
        dialogs.error(messages.get("report.ui.failed"));
    }

    public ObservableList<ReportTable> tables() {
        return tables;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computedProperty() {
        return computed.getReadOnlyProperty();
    }
}
