package org.amparo.clients.ui;

import com.google.inject.assistedinject.Assisted;
import com.google.inject.assistedinject.AssistedInject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.cases.ConflictWarning;
import org.amparo.cases.PersonQuery;
import org.amparo.clients.Client;
import org.amparo.clients.ClientService;
import org.amparo.clients.StaleEditException;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.fx.ClipboardService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;

/**
 * The client form ({@code person} facts). A field's message appears when the person leaves it; Save stays disabled
 * while anything is invalid; Cancel and closing the window ask before throwing away unsaved changes.
 */
public final class ClientFormViewModel {

    /** Makes a form for a new client (empty id) or an existing one. */
    public interface Factory {
        ClientFormViewModel create(OptionalLong clientId);
    }

    private final ClientService clients;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final DateText dates;
    private final ConflictWarning conflicts;
    private final ClientCaseLinks caseLinks;
    private final ClientDraft draft = new ClientDraft();
    private final ClipboardService clipboard;
    private final StringProperty aliasInput = new SimpleStringProperty("");
    private final Map<ClientField, ReadOnlyStringWrapper> shownErrors = new EnumMap<>(ClientField.class);
    private final Set<ClientField> left = EnumSet.noneOf(ClientField.class);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper existing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private Long id;
    private int version;
    private List<Object> savedSnapshot = List.of();
    private Runnable onSaved = () -> { };
    private Runnable closer = () -> { };

    @AssistedInject
    public ClientFormViewModel(ClientService clients, TaskRunner tasks, DialogService dialogs, Messages messages,
                               Clock clock, ClipboardService clipboard, ConflictWarning conflicts,
                               ClientCaseLinks caseLinks, @Assisted OptionalLong clientId) {
        this.clients = clients;
        this.clipboard = clipboard;
        this.conflicts = conflicts;
        this.caseLinks = caseLinks;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.dates = new DateText(messages.locale());
        for (ClientField field : ClientField.values()) {
            shownErrors.put(field, new ReadOnlyStringWrapper(""));
        }
        for (Observable observable : draft.observables()) {
            observable.addListener(change -> recheck());
        }
        heading.set(messages.get("client.form.newHeading"));
        if (clientId.isPresent()) {
            load(clientId.getAsLong());
        } else {
            markSaved(null, 0);
        }
    }

    private void load(long clientId) {
        busy.set(true);
        tasks.run(BackgroundTask.of("", context -> clients.find(clientId))
                .onSuccess(found -> {
                    busy.set(false);
                    found.ifPresentOrElse(this::show, () -> dialogs.error(messages.get("client.form.missing")));
                })
                .onFailure(Exception.class, e -> {
                    busy.set(false);
                    dialogs.error(messages.get("client.form.loadFailed"));
                }));
    }

    private void show(Client client) {
        draft.load(client.person(), dates);
        heading.set(messages.get("client.form.editHeading"));
        markSaved(client.id(), client.version());
    }

    private void markSaved(Long savedId, int savedVersion) {
        id = savedId;
        version = savedVersion;
        existing.set(savedId != null);
        savedSnapshot = draft.snapshot();
        loaded.set(true);
        recheck();
    }

    /** Recomputes validity, dirtiness and the messages of fields already left. */
    private void recheck() {
        Set<ClientField> problems = problems();
        valid.set(problems.isEmpty());
        dirty.set(loaded.get() && !draft.snapshot().equals(savedSnapshot));
        for (ClientField field : left) {
            shownErrors.get(field).set(problems.contains(field) ? messages.get(field.messageKey()) : "");
        }
    }

    /** Fields whose current value is not right (pure rules, all fields, shown or not). */
    Set<ClientField> problems() {
        Set<ClientField> problems = EnumSet.noneOf(ClientField.class);
        if (ClientRules.blank(draft.givenName.get()) && ClientRules.blank(draft.familyName.get())) {
            problems.add(ClientField.NAME);
        }
        check(problems, ClientField.A_NUMBER, ClientRules.aNumber(draft.aNumber.get()));
        check(problems, ClientField.DOB, dobValid());
        check(problems, ClientField.COUNTRY, ClientRules.countries(draft.countries.get()));
        check(problems, ClientField.LANGUAGE, ClientRules.languages(draft.languages.get()));
        check(problems, ClientField.PHONE, draft.phones.stream().allMatch(p -> ClientRules.phone(p.numberProperty().get())));
        check(problems, ClientField.EMAIL, draft.emails.stream().allMatch(e -> ClientRules.email(e.addressProperty().get())));
        check(problems, ClientField.STATE, ClientRules.state(draft.state.get()));
        check(problems, ClientField.ZIP, ClientRules.zip(draft.zip.get()));
        return problems;
    }

    private boolean dobValid() {
        String text = draft.dobText.get();
        if (ClientRules.blank(text)) {
            return true;
        }
        return dates.parse(text).map(date -> ClientRules.dob(date, LocalDate.now(clock))).orElse(false);
    }

    private static void check(Set<ClientField> problems, ClientField field, boolean ok) {
        if (!ok) {
            problems.add(field);
        }
    }

    /** The person left {@code field}: from now on its message shows when it is not right. */
    public void fieldLeft(ClientField field) {
        left.add(field);
        recheck();
    }

    public void addAlias() {
        String alias = aliasInput.get().strip();
        if (!alias.isEmpty() && !draft.aliases.contains(alias)) {
            draft.aliases.add(alias);
        }
        aliasInput.set("");
    }

    public void removeAlias(String alias) {
        draft.aliases.remove(alias);
    }

    public void addPhone() {
        draft.phones.add(new PhoneRow());
    }

    public void removePhone(PhoneRow row) {
        draft.phones.remove(row);
    }

    public void addEmail() {
        draft.emails.add(new EmailRow());
    }

    public void removeEmail(EmailRow row) {
        draft.emails.remove(row);
    }

    /**
     * Saves off the FX thread; a stale edit is refused with a plain message and nothing is overwritten. A new client
     * is checked for conflicts first: when she may be someone's abuser or already a client, the advocate sees who
     * matched and chooses Continue or Go back (nothing is saved).
     */
    public void save() {
        if (!valid.get()) {
            left.addAll(EnumSet.allOf(ClientField.class));
            recheck();
            return;
        }
        if (busy.get()) {
            return;
        }
        busy.set(true);
        Client client = new Client(id, version, draft.toPerson(dates));
        if (id != null) {
            store(client);
            return;
        }
        var person = client.person();
        PersonQuery who = new PersonQuery(person.givenName(), person.familyName(),
                person.aliases() == null ? List.of() : person.aliases(), person.dob());
        tasks.run(BackgroundTask.of("", context -> conflicts.check(who))
                .onSuccess(lines -> {
                    if (lines.isEmpty() || conflicts.confirm(dialogs, lines)) {
                        store(client);
                    } else {
                        busy.set(false);
                    }
                })
                .onFailure(Exception.class, e -> failed(messages.get("client.form.saveFailed"))));
    }

    private void store(Client client) {
        tasks.run(BackgroundTask.of(messages.get("client.form.saving"), context -> clients.save(client))
                .onSuccess(this::saved)
                .onFailure(StaleEditException.class, e -> failed(messages.get("client.form.stale")))
                .onFailure(Exception.class, e -> failed(messages.get("client.form.saveFailed"))));
    }

    private void saved(Client client) {
        busy.set(false);
        markSaved(client.id(), client.version());
        onSaved.run();
        closer.run();
    }

    private void failed(String message) {
        busy.set(false);
        dialogs.error(message);
    }

    /** Shows her cases, to open one or start an intake (an existing client only). */
    public void showCases() {
        if (id != null) {
            caseLinks.showCases(id);
        }
    }

    /** Whether she is saved already (so her cases can be shown). */
    public ReadOnlyBooleanProperty existingProperty() {
        return existing.getReadOnlyProperty();
    }

    /** Cancel: asks first when there are unsaved changes, then closes. */
    public void cancel() {
        if (mayClose()) {
            closer.run();
        }
    }

    /** Whether the window may close now (asks when there are unsaved changes). */
    public boolean mayClose() {
        return !dirty.get() || dialogs.confirm(messages.get("client.form.discardTitle"),
                messages.get("client.form.discardMessage"), messages.get("client.form.discard"),
                messages.get("client.form.keepEditing"));
    }

    /** Wiring from the window: what to do after a save and how to close. */
    public void setCallbacks(Runnable afterSave, Runnable close) {
        this.onSaved = afterSave;
        this.closer = close;
    }

    /** Copies the A-number to the clipboard, which is cleared again after 30 seconds (if it still holds it). */
    public void copyANumber() {
        String value = draft.aNumberProperty().get();
        if (value != null && !value.isBlank()) {
            clipboard.copySensitive(value.strip());
        }
    }

    public ClientDraft draft() {
        return draft;
    }

    public DateText dates() {
        return dates;
    }

    public StringProperty aliasInputProperty() {
        return aliasInput;
    }

    public ReadOnlyStringProperty errorProperty(ClientField field) {
        return shownErrors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }
}
