package org.amparo.courthouse.ui;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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

/** Courthouses on file, adding one, and logging the ICE activity seen at the selected courthouse. */
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

    /** Adds the courthouse typed in the form. */
    public void addCourthouse() {
        Set<CourtType> types;
        try {
            types = parseTypes(courtTypes.get());
        } catch (IllegalArgumentException e) {
            status.set(messages.get("courthouse.badTypes"));
            return;
        }
        Courthouse draft = new Courthouse(null, name.get(), address.get(), county.get(), state.get(), types, 0);
        tasks.run(BackgroundTask.of(messages.get("courthouse.task.save"), context -> service.saveCourthouse(draft))
                .onSuccess(saved -> {
                    status.set(messages.get("courthouse.saved", saved.name()));
                    name.set("");
                    address.set("");
                    activate();
                })
                .onFailure(IllegalArgumentException.class, e -> status.set(e.getMessage()))
                .onFailure(Exception.class, e -> status.set(messages.get("courthouse.failed"))));
    }

    static Set<CourtType> parseTypes(String text) {
        Set<CourtType> types = EnumSet.noneOf(CourtType.class);
        Arrays.stream(text.split("[,;]")).map(s -> s.strip().toLowerCase(Locale.ROOT).replace(' ', '_'))
                .filter(s -> !s.isEmpty()).forEach(s -> types.add(CourtType.valueOf(s)));
        return types;
    }

    /** Logs the report typed in the form for the selected courthouse. */
    public void logReport() {
        Courthouse c = selected.get();
        if (c == null) {
            status.set(messages.get("courthouse.chooseFirst"));
            return;
        }
        IceActivityReport draft = new IceActivityReport(null, c.id(), observedOn.get(), whatSeen.get(), source.get(),
                verified.get(), null, null, 0);
        LocalDate now = today.get();
        tasks.run(BackgroundTask.of(messages.get("courthouse.task.report"), context -> service.saveReport(draft, now))
                .onSuccess(saved -> {
                    status.set(messages.get("courthouse.reportLogged"));
                    whatSeen.set("");
                    verified.set(false);
                    loadReports();
                })
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

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
