package org.amparo.cases.ui;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.amparo.cases.CaseQuery;
import org.amparo.cases.CaseRow;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseloadSelection;
import org.amparo.cases.CaseStatus;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.Cancellable;
import org.amparo.platform.task.TaskRunner;
import org.amparo.screening.FrameworkOutcome;
import org.amparo.screening.ReliefResult.Relief;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.amparo.security.AccessControl;

/**
 * The caseload: filters and order, a row count, and rows fetched page by page as the table shows them (never all
 * rows). A change of filter or order counts again and starts from an empty cache; answers to older queries are
 * dropped. Opening a row goes to the {@link CaseOpener}.
 */
public final class CaseloadViewModel {

    static final int PAGE = 100;
    static final Duration DEBOUNCE = Duration.ofMillis(200);
    /** A page asked for this many pages away from the newest request is skipped (the user scrolled past it). */
    static final int STALE_PAGES = 6;

    private final CaseloadSelection selection;
    private final CaseService cases;
    private final TaskRunner tasks;
    private final Messages messages;
    private final AccessControl access;
    private final CaseOpener opener;
    private final Clock clock;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<String> framework = new SimpleObjectProperty<>();
    private final ObjectProperty<FrameworkOutcome> frameworkOutcome = new SimpleObjectProperty<>();
    private final ObjectProperty<Relief> relief = new SimpleObjectProperty<>();
    private final ObjectProperty<ReliefOutcome> reliefOutcome = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> deadlineWithinDays = new SimpleObjectProperty<>();
    private final BooleanProperty assignedToMe = new SimpleBooleanProperty(false);
    private final ObjectProperty<CaseQuery.Sort> sort = new SimpleObjectProperty<>(CaseQuery.Sort.CLIENT_NAME);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final PagedCaseRows rows = new PagedCaseRows(PAGE, this::loadPage);

    private Cancellable pending = () -> { };
    private CaseQuery query = CaseQuery.all();
    private LocalDate today;
    private long generation;
    private volatile int newestPage;
    private boolean active;

    @Inject
    public CaseloadViewModel(CaseService cases, TaskRunner tasks, Messages messages, AccessControl access,
                             CaseOpener opener, Clock clock, CaseloadSelection selection) {
        this.selection = selection;
        this.cases = cases;
        this.tasks = tasks;
        this.messages = messages;
        this.access = access;
        this.opener = opener;
        this.clock = clock;
        text.addListener((obs, old, now) -> schedule());
        List.of(status, framework, frameworkOutcome, relief, reliefOutcome, deadlineWithinDays, sort)
                .forEach(p -> p.addListener((obs, old, now) -> reload()));
        assignedToMe.addListener((obs, old, now) -> reload());
    }

    /** Starts listing (when the view is shown). */
    public void activate() {
        active = true;
        reload();
    }

    /** Drops pending work and every row (when the view goes away). */
    public void deactivate() {
        active = false;
        pending.cancel();
        generation++;
        rows.reset(0);
    }

    private void schedule() {
        if (active) {
            pending.cancel();
            pending = tasks.after(DEBOUNCE, this::reload);
        }
    }

    /** Counts again with the current filters and order and starts from the first page. */
    public void reload() {
        if (!active) {
            return;
        }
        pending.cancel();
        long mine = ++generation;
        today = LocalDate.now(clock);
        query = buildQuery();
        selection.select(query);
        CaseQuery q = query;
        LocalDate day = today;
        statusText.set(messages.get("caseload.loading"));
        tasks.run(BackgroundTask.of("", context -> cases.count(q, day))
                .onSuccess(n -> counted(mine, n))
                .onFailure(Exception.class, e -> failed(mine)));
    }

    private void counted(long mine, int n) {
        if (mine != generation) {
            return;
        }
        total.set(n);
        newestPage = 0;
        rows.reset(n);
        statusText.set(n == 0 ? messages.get("caseload.none") : messages.get("caseload.count", n));
    }

    private void failed(long mine) {
        if (mine == generation) {
            statusText.set(messages.get("caseload.failed"));
        }
    }

    private void loadPage(int page) {
        long mine = generation;
        CaseQuery q = query;
        LocalDate day = today;
        newestPage = page;
        tasks.run(BackgroundTask.of("", context -> Math.abs(page - newestPage) > STALE_PAGES ? null
                        : cases.caseload(q, day, page * PAGE, PAGE))
                .onSuccess(found -> {
                    if (mine == generation) {
                        rows.deliver(page, found);
                    }
                })
                .onFailure(Exception.class, e -> {
                    if (mine == generation) {
                        rows.deliver(page, null);
                        statusText.set(messages.get("caseload.failed"));
                    }
                }));
    }

    CaseQuery buildQuery() {
        String me = assignedToMe.get() ? access.current().name() : null;
        return new CaseQuery(text.get().strip(), Optional.ofNullable(status.get()),
                Optional.ofNullable(frameworkOutcome.get() == null ? null : framework.get()),
                Optional.ofNullable(frameworkOutcome.get()),
                Optional.ofNullable(relief.get()), Optional.ofNullable(reliefOutcome.get()),
                Optional.ofNullable(deadlineWithinDays.get()), Optional.ofNullable(me),
                sort.get() == null ? CaseQuery.Sort.CLIENT_NAME : sort.get());
    }

    /** Opens the case of {@code row} (a row still loading is ignored). */
    public void open(CaseRow row) {
        if (row == null) {
            return;
        }
        opener.openCase(row.caseId());
    }

    /** The rows, as long as the count; rows not loaded yet are null until their page arrives. */
    public ObservableList<CaseRow> rows() {
        return rows;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    /** Null: the framework in force (the outcome column). */
    public ObjectProperty<String> frameworkProperty() {
        return framework;
    }

    public ObjectProperty<FrameworkOutcome> frameworkOutcomeProperty() {
        return frameworkOutcome;
    }

    public ObjectProperty<Relief> reliefProperty() {
        return relief;
    }

    public ObjectProperty<ReliefOutcome> reliefOutcomeProperty() {
        return reliefOutcome;
    }

    public ObjectProperty<Integer> deadlineWithinDaysProperty() {
        return deadlineWithinDays;
    }

    public BooleanProperty assignedToMeProperty() {
        return assignedToMe;
    }

    public ObjectProperty<CaseQuery.Sort> sortProperty() {
        return sort;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }
}
