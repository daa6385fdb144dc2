package org.amparo.courthouse.ui;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.clients.StaleEditException;
import org.amparo.courthouse.Courthouse;
import org.amparo.courthouse.CourthouseService;
import org.amparo.courthouse.IceActivityReport;
import org.amparo.facts.CourtEvent.CourtType;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.AccessDeniedException;

/**
 * Courthouses on file, adding or editing one, and logging (or correcting) the ICE activity seen at the selected
 * courthouse. Saves carry the version read, so a copy someone changed meanwhile is refused with a message.
 */
public final class CourthousesViewModel {

    private final CourthouseService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Supplier<LocalDate> today;

    private final ObservableList<Courthouse> courthouses = FXCollections.observableArrayList();
    private final ObservableList<IceActivityReport> reports = FXCollections.observableArrayList();
    private final ObjectProperty<Courthouse> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty county = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty courtTypes = new SimpleStringProperty("family, protective_order");
    private final ObjectProperty<LocalDate> observedOn = new SimpleObjectProperty<>();
    private final StringProperty whatSeen = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final BooleanProperty verified = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Courthouse> editingCourthouse = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<IceActivityReport> editingReport = new ReadOnlyObjectWrapper<>();

    @Inject
    public CourthousesViewModel(CourthouseService service, TaskRunner tasks, Messages messages) {
        this(service, tasks, messages, LocalDate::now);
    }

    public CourthousesViewModel(CourthouseService service, TaskRunner tasks, Messages messages,
                                Supplier<LocalDate> today) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        observedOn.set(today.get());
        selected.addListener((obs, old, now) -> loadReports());
    }

    public void activate() {
        tasks.run(BackgroundTask.of("", context -> service.courthouses())
                .onSuccess(courthouses::setAll)
                .onFailure(Exception.class, e -> status.set(messages.get("courthouse.failed"))));
    }

    private void loadReports() {
        Courthouse c = selected.get();
        reports.clear();
        if (c != null) {
            tasks.run(BackgroundTask.of("", context -> service.reports(c.id()))
                    .onSuccess(reports::setAll)
                    .onFailure(Exception.class, e -> status.set(messages.get("courthouse.failed"))));
        }
    }

    /** Fills the form with the selected courthouse so it can be changed; Save then updates it. */
    public void editCourthouse() {
        Courthouse c = selected.get();
        if (c == null) {
            status.set(messages.get("courthouse.chooseFirst"));
            return;
        }
        editingCourthouse.set(c);
        name.set(c.name());
        address.set(c.address() == null ? "" : c.address());
        county.set(c.county());
        state.set(c.state());
        courtTypes.set(c.courtTypes().stream().map(CourtType::name).sorted().collect(Collectors.joining(", ")));
        status.set(messages.get("courthouse.editing", c.name()));
    }

    /** Leaves the form without saving the courthouse being edited. */
    public void cancelCourthouseEdit() {
        editingCourthouse.set(null);
        name.set("");
        address.set("");
        status.set("");
    }

    /** Adds the courthouse typed in the form, or saves the changes to the one being edited. */
    public void saveCourthouse() {
        Set<CourtType> types;
        try {
            types = parseTypes(courtTypes.get());
        } catch (IllegalArgumentException e) {
            status.set(messages.get("courthouse.badTypes"));
            return;
        }
        Courthouse base = editingCourthouse.get();
        Courthouse draft = new Courthouse(base == null ? null : base.id(), name.get(), address.get(), county.get(),
                state.get(), types, base == null ? 0 : base.version());
        tasks.run(BackgroundTask.of(messages.get("courthouse.task.save"), context -> service.saveCourthouse(draft))
                .onSuccess(saved -> {
                    cancelCourthouseEdit();
                    status.set(messages.get("courthouse.saved", saved.name()));
                    activate();
                })
                .onFailure(StaleEditException.class, e -> {
                    cancelCourthouseEdit();
                    status.set(messages.get("courthouse.staleCourthouse"));
                    activate();
                })
                .onFailure(AccessDeniedException.class, e -> status.set(messages.get("courthouse.denied")))
                .onFailure(IllegalArgumentException.class, e -> status.set(e.getMessage()))
                .onFailure(Exception.class, e -> status.set(messages.get("courthouse.failed"))));
    }

    static Set<CourtType> parseTypes(String text) {
        Set<CourtType> types = EnumSet.noneOf(CourtType.class);
        Arrays.stream(text.split("[,;]")).map(s -> s.strip().toLowerCase(Locale.ROOT).replace(' ', '_'))
                .filter(s -> !s.isEmpty()).forEach(s -> types.add(CourtType.valueOf(s)));
        return types;
    }

    /** Fills the report form with a logged report so it can be corrected; Log then saves the change. */
    public void editReport(IceActivityReport report) {
        if (report == null) {
            status.set(messages.get("courthouse.reports.chooseFirst"));
            return;
        }
        editingReport.set(report);
        observedOn.set(report.observedOn());
        whatSeen.set(report.whatSeen());
        source.set(report.source());
        verified.set(report.verified());
        status.set(messages.get("courthouse.reports.editing"));
    }

    /** Leaves the report form without saving the report being edited. */
    public void cancelReportEdit() {
        editingReport.set(null);
        whatSeen.set("");
        verified.set(false);
        observedOn.set(today.get());
        status.set("");
    }

    /** Logs the report typed in the form for the selected courthouse, or saves the one being edited. */
    public void logReport() {
        Courthouse c = selected.get();
        IceActivityReport base = editingReport.get();
        if (c == null && base == null) {
            status.set(messages.get("courthouse.chooseFirst"));
            return;
        }
        IceActivityReport draft = base == null
                ? new IceActivityReport(null, c.id(), observedOn.get(), whatSeen.get(), source.get(), verified.get(),
                        null, null, 0)
                : new IceActivityReport(base.id(), base.courthouseId(), observedOn.get(), whatSeen.get(), source.get(),
                        verified.get(), base.createdBy(), base.createdAt(), base.version());
        if (draft.observedOn() == null) {
            status.set(messages.get("courthouse.reports.dateRequired"));
            return;
        }
        LocalDate now = today.get();
        tasks.run(BackgroundTask.of(messages.get("courthouse.task.report"), context -> service.saveReport(draft, now))
                .onSuccess(saved -> {
                    cancelReportEdit();
                    status.set(messages.get(base == null ? "courthouse.reportLogged" : "courthouse.reportSaved"));
                    loadReports();
                })
                .onFailure(StaleEditException.class, e -> {
                    cancelReportEdit();
                    status.set(messages.get("courthouse.stale"));
                    loadReports();
                })
                .onFailure(AccessDeniedException.class, e -> status.set(messages.get("courthouse.denied")))
                .onFailure(IllegalArgumentException.class, e -> status.set(e.getMessage()))
                .onFailure(Exception.class, e -> status.set(messages.get("courthouse.failed"))));
    }

    /** Marks a logged report as verified (or not). */
    public void setVerified(IceActivityReport report, boolean isVerified) {
        IceActivityReport changed = new IceActivityReport(report.id(), report.courthouseId(), report.observedOn(),
                report.whatSeen(), report.source(), isVerified, report.createdBy(), report.createdAt(),
                report.version());
        LocalDate now = today.get();
        tasks.run(BackgroundTask.of("", context -> service.saveReport(changed, now))
                .onSuccess(saved -> loadReports())
                .onFailure(StaleEditException.class, e -> {
                    status.set(messages.get("courthouse.stale"));
                    loadReports();
                })
                .onFailure(Exception.class, e -> status.set(messages.get("courthouse.failed"))));
    }

    public ObservableList<Courthouse> courthouses() {
        return courthouses;
    }

    public ObservableList<IceActivityReport> reports() {
        return reports;
    }

    public ObjectProperty<Courthouse> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty countyProperty() {
        return county;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public StringProperty courtTypesProperty() {
        return courtTypes;
    }

    public ObjectProperty<LocalDate> observedOnProperty() {
        return observedOn;
    }

    public StringProperty whatSeenProperty() {
        return whatSeen;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public BooleanProperty verifiedProperty() {
        return verified;
    }

    /** The courthouse whose changes the form holds, or null when the form adds a new one. */
    public ReadOnlyObjectProperty<Courthouse> editingCourthouseProperty() {
        return editingCourthouse.getReadOnlyProperty();
    }

    /** The report whose correction the report form holds, or null when it logs a new one. */
    public ReadOnlyObjectProperty<IceActivityReport> editingReportProperty() {
        return editingReport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
