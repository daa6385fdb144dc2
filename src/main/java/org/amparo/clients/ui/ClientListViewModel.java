package org.amparo.clients.ui;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.clients.ClientService;
import org.amparo.clients.ClientSummary;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.Cancellable;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.DataKind;

/**
 * The client list: search-as-you-type (debounced, run off the FX thread, older answers dropped when a newer query
 * was typed), opening a client and starting a new one. New client and Import are offered only to a user who may
 * create or import clients (not, for example, an administrator reading through break-glass); the services check
 * again.
 */
public final class ClientListViewModel {

    static final Duration DEBOUNCE = Duration.ofMillis(150);
    static final int LIMIT = 500;

    private final ClientService clients;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ClientFormOpener forms;
    private final AccessControl access;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<ClientSummary> results = FXCollections.observableArrayList();
    private final ObservableList<ClientSummary> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper firstPageLoaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper mayAdd = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper mayImport = new ReadOnlyBooleanWrapper(true);
    private Cancellable pending = () -> { };
    private long generation;
    private boolean active;

    @Inject
    public ClientListViewModel(ClientService clients, TaskRunner tasks, Messages messages, ClientFormOpener forms,
                               AccessControl access) {
        this.access = access;
        this.clients = clients;
        this.tasks = tasks;
        this.messages = messages;
        this.forms = forms;
        query.addListener((obs, old, now) -> scheduleSearch());
    }

    /** Starts listing (called when the view is shown, so nothing is queried before the first frame). */
    public void activate() {
        active = true;
        searchNow();
        tasks.run(BackgroundTask.of("", context -> new boolean[] {
                        access.can(Action.CREATE, DataKind.CLIENT_IDENTITY),
                        access.can(Action.IMPORT, DataKind.CLIENT_IDENTITY)})
                .onSuccess(may -> {
                    mayAdd.set(may[0]);
                    mayImport.set(may[1]);
                }));
    }

    /** Whether the signed-in user may add a client (New client is disabled otherwise). */
    public ReadOnlyBooleanProperty mayAddProperty() {
        return mayAdd.getReadOnlyProperty();
    }

    /** Whether the signed-in user may import clients (Import… is disabled otherwise). */
    public ReadOnlyBooleanProperty mayImportProperty() {
        return mayImport.getReadOnlyProperty();
    }

    /** Stops pending searches and forgets the results (called when the view goes away). */
    public void deactivate() {
        active = false;
        pending.cancel();
        generation++;
        results.clear();
    }

    private void scheduleSearch() {
        if (!active) {
            return;
        }
        pending.cancel();
        pending = tasks.after(DEBOUNCE, this::searchNow);
    }

    /** Runs the search for the current query now; only the newest search's answer is shown. */
    public void refresh() {
        if (active) {
            searchNow();
        }
    }

    private void searchNow() {
        long mine = ++generation;
        String text = query.get().strip();
        searching.set(true);
        tasks.run(BackgroundTask.of("", context -> clients.search(text, LIMIT))
                .onSuccess(found -> show(mine, text, found))
                .onFailure(Exception.class, e -> {
                    if (mine == generation) {
                        searching.set(false);
                        status.set(messages.get("clients.list.failed"));
                    }
                }));
    }

    private void show(long mine, String text, List<ClientSummary> found) {
        if (mine != generation) {
            return;
        }
        searching.set(false);
        results.setAll(found);
        if (found.isEmpty()) {
            status.set(text.isEmpty() ? messages.get("clients.list.none") : messages.get("clients.list.noMatch", text));
        } else {
            status.set(messages.get("clients.list.count", found.size()));
        }
        firstPageLoaded.set(true);
    }

    public void newClient() {
        forms.openNew(this::refresh);
    }

    public void open(ClientSummary summary) {
        if (summary != null) {
            forms.open(summary.id(), this::refresh);
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ClientSummary> results() {
        return readOnlyResults;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty firstPageLoadedProperty() {
        return firstPageLoaded.getReadOnlyProperty();
    }
}
