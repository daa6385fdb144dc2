package org.amparo.deadlines.ui;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.courthouse.risk.PolicyLens;
import org.amparo.deadlines.agenda.AgendaItem;
import org.amparo.deadlines.agenda.AgendaService;
import org.amparo.deadlines.agenda.CalendarExport;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.screening.CourthouseRisk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calendar: every agenda item from a month back to a year ahead, the selected item's risk under the chosen lens
 * (factors with direction and reason, and the safety plan), and export to .ics.
 */
public final class CalendarViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarViewModel.class);

    static final int DAYS_BACK = 31;
    static final int DAYS_AHEAD = 365;

    private final AgendaService agenda;
    private final CalendarExport export;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;

    private final ObservableList<AgendaItem> items = FXCollections.observableArrayList();
    private final ObservableList<AgendaItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ObjectProperty<AgendaItem> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<PolicyLens> lens = new SimpleObjectProperty<>(PolicyLens.IN_FORCE);
    private final ReadOnlyObjectWrapper<CourthouseRisk> risk = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty includeNames = new SimpleBooleanProperty(false);
    private long generation;
    private long riskGeneration;
    private boolean active;

    @Inject
    public CalendarViewModel(AgendaService agenda, CalendarExport export, TaskRunner tasks, Messages messages,
                             DialogService dialogs) {
        this(agenda, export, tasks, messages, dialogs, LocalDate::now);
    }

    public CalendarViewModel(AgendaService agenda, CalendarExport export, TaskRunner tasks, Messages messages,
                             DialogService dialogs, Supplier<LocalDate> today) {
        this.dialogs = dialogs;
        this.agenda = agenda;
        this.export = export;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        selected.addListener((obs, old, now) -> loadRisk());
        lens.addListener((obs, old, now) -> loadRisk());
    }

    public void activate() {
        active = true;
        refresh();
    }

    public void deactivate() {
        active = false;
        generation++;
        riskGeneration++;
    }

    /** Reloads the agenda (screening every open case in the background). */
    public void refresh() {
        long mine = ++generation;
        LocalDate now = today.get();
        loading.set(true);
        status.set(messages.get("calendar.loading"));
        tasks.run(BackgroundTask.of(messages.get("calendar.task.load"),
                        context -> agenda.between(now.minusDays(DAYS_BACK), now.plusDays(DAYS_AHEAD), now))
                .onSuccess(found -> shown(mine, found))
                .onFailure(Exception.class, e -> {
                    LOG.warn("Calendar could not be built", e);
                    failed(mine);
                }));
    }

    private void shown(long mine, List<AgendaItem> found) {
        if (mine != generation || !active) {
            return;
        }
        loading.set(false);
        items.setAll(found);
        status.set(messages.get("calendar.count", found.size()));
    }

    private void failed(long mine) {
        if (mine == generation) {
            loading.set(false);
            status.set(messages.get("calendar.failed"));
        }
    }

    private void loadRisk() {
        long mine = ++riskGeneration;
        AgendaItem item = selected.get();
        PolicyLens chosen = lens.get();
        risk.set(null);
        if (item == null || !item.isEvent() || chosen == null) {
            return;
        }
        LocalDate now = today.get();
        tasks.run(BackgroundTask.of("", context -> agenda.risk(item, chosen, now))
                .onSuccess(found -> {
                    if (mine == riskGeneration) {
                        risk.set(found.orElse(null));
                    }
                })
                .onFailure(Exception.class, e -> {
                    LOG.warn("Risk could not be assessed", e);
                    status.set(messages.get("calendar.failed"));
                }));
    }

    /** Asks where to save the .ics file, then writes the upcoming items there. */
    public void export() {
        dialogs.chooseFileToSave(messages.get("calendar.exportTitle"), "amparo-calendar.ics",
                List.of(new DialogService.FileFilter(messages.get("calendar.icsType"), List.of("*.ics"))))
                .ifPresent(this::exportTo);
    }

    /** Writes every loaded item dated today or later to {@code file}. */
    public void exportTo(Path file) {
        LocalDate now = today.get();
        List<AgendaItem> upcoming = items.stream().filter(i -> !i.date().isBefore(now)).toList();
        boolean names = includeNames.get();
        tasks.run(BackgroundTask.ofRunnable(messages.get("calendar.task.export"),
                        () -> export.export(upcoming, file, names))
                .onSuccess(done -> status.set(messages.get("calendar.exported", upcoming.size(), file.getFileName())))
                .onFailure(Exception.class, e -> {
                    LOG.warn("Calendar export failed", e);
                    status.set(messages.get("calendar.exportFailed"));
                }));
    }

    public LocalDate today() {
        return today.get();
    }

    public ObservableList<AgendaItem> items() {
        return readOnlyItems;
    }

    public ObjectProperty<AgendaItem> selectedProperty() {
        return selected;
    }

    public ObjectProperty<PolicyLens> lensProperty() {
        return lens;
    }

    public ReadOnlyObjectProperty<CourthouseRisk> riskProperty() {
        return risk.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public BooleanProperty includeNamesProperty() {
        return includeNames;
    }
}
