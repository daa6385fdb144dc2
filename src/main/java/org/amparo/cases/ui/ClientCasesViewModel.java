package org.amparo.cases.ui;

import com.google.inject.assistedinject.Assisted;
import com.google.inject.assistedinject.AssistedInject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.cases.CaseInfo;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.clients.ClientService;
import org.amparo.clients.ClientSummary;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.AccessControl;
import org.amparo.security.UserAccount;

/**
 * One client's cases: open one (a case still in intake reopens its interview where it stopped) or start an intake,
 * which makes a new case assigned to the signed-in advocate.
 */
public final class ClientCasesViewModel {

    /** Makes the list of one client's cases. */
    public interface Factory {
        ClientCasesViewModel create(long clientId);
    }

    private final CaseService cases;
    private final ClientService clients;
    private final AccessControl access;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final CaseOpener opener;
    private final long clientId;
    private final ObservableList<CaseInfo> list = FXCollections.observableArrayList();
    private final ObservableList<CaseInfo> readOnlyList = FXCollections.unmodifiableObservableList(list);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Runnable closer = () -> { };

    @AssistedInject
    public ClientCasesViewModel(CaseService cases, ClientService clients, AccessControl access, TaskRunner tasks,
                                Messages messages, Clock clock, CaseOpener opener, @Assisted long clientId) {
        this.cases = cases;
        this.clients = clients;
        this.access = access;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.opener = opener;
        this.clientId = clientId;
    }

    private record Loaded(String name, List<CaseInfo> cases) { }

    public void load() {
        tasks.run(BackgroundTask.of("", context -> {
            String name = clients.find(clientId).map(c -> ClientSummary.displayName(c.person().givenName(),
                    c.person().familyName(), c.person().preferredName())).orElse("");
            List<CaseInfo> found = cases.casesOf(clientId).stream()
                    .sorted(Comparator.comparing(CaseInfo::caseNumber).reversed()).toList();
            return new Loaded(name, found);
        }).onSuccess(loaded -> {
            heading.set(messages.get("clientCases.heading", loaded.name()));
            list.setAll(loaded.cases());
            status.set(loaded.cases().isEmpty() ? messages.get("clientCases.none") : "");
        }).onFailure(Exception.class, e -> status.set(messages.get("clientCases.failed"))));
    }

    /** Opens a case: its intake interview while in intake, else the case view. */
    public void open(CaseInfo info) {
        if (info == null) {
            return;
        }
        closer.run();
        if (info.status() == CaseStatus.INTAKE) {
            opener.openIntake(info.id());
        } else {
            opener.openCase(info.id());
        }
    }

    /** Makes a new case in intake for her, assigned to the signed-in user, and opens its interview. */
    public void startIntake() {
        tasks.run(BackgroundTask.of(messages.get("intake.saving"), context -> {
            UserAccount me = access.current();
            return cases.openCase(new CaseInfo(null, clientId, "", Set.of(), CaseStatus.INTAKE, me.name(), null,
                    me.program(), LocalDate.now(clock), null, 0));
        }).onSuccess(created -> {
            closer.run();
            opener.openIntake(created.id());
        }).onFailure(Exception.class, e -> status.set(messages.get("clientCases.startFailed"))));
    }

    /** A case in one line: number, status, opening date. */
    public String describe(CaseInfo info) {
        String state = messages.get(switch (info.status()) {
            case INTAKE -> "clientCases.status.intake";
            case OPEN -> "clientCases.status.open";
            case CLOSED -> "clientCases.status.closed";
        });
        return messages.get("clientCases.line", info.caseNumber(), state,
                new FactDates(messages.locale()).format(info.openedOn()));
    }

    public void setCloser(Runnable close) {
        this.closer = close;
    }

    public ObservableList<CaseInfo> cases() {
        return readOnlyList;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
