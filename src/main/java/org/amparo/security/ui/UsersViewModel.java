package org.amparo.security.ui;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.fx.IdleTimer;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.prefs.UiPreferences;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.Role;
import org.amparo.security.UserRow;
import org.amparo.security.UserService;
import org.amparo.security.VaultException;

/**
 * Settings → Security: the idle-lock delay (everyone) and, for administrators, the users: list, add (name, roles,
 * program, first password), reset a password, change roles, remove. The service decides who may; a non-administrator
 * sees only a note. Every change runs in the background and reloads the list.
 */
public final class UsersViewModel {

    private final UserService users;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final UiPreferences preferences;
    private final IdleTimer idle;

    private final ObservableList<UserRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<UserRow> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty program = new SimpleStringProperty("main");
    private final StringProperty password = new SimpleStringProperty("");
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final IntegerProperty idleMinutes = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper administrator = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    @Inject
    public UsersViewModel(UserService users, TaskRunner tasks, DialogService dialogs, Messages messages,
                          UiPreferences preferences, IdleTimer idle) {
        this.users = users;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.preferences = preferences;
        this.idle = idle;
        for (Role role : Role.values()) {
            roles.put(role, new SimpleBooleanProperty(false));
        }
        idleMinutes.set(preferences.idleLockMinutes());
        selected.addListener((obs, old, now) -> showSelected(now));
    }

    /** Loads the users (administrators only; anyone else gets the note instead). */
    public void load() {
        busy.set(true);
        tasks.run(BackgroundTask.of(messages.get("users.loading"), context -> users.list())
                .onSuccess(list -> {
                    busy.set(false);
                    administrator.set(true);
                    rows.setAll(list);
                })
                .onFailure(AccessDeniedException.class, e -> {
                    busy.set(false);
                    administrator.set(false);
                    rows.clear();
                })
                .onFailure(Exception.class, e -> failed(messages.get("vault.error.io"))));
    }

    /** Stores a new idle-lock delay (1–15 minutes); it applies at once. */
    public void chooseIdleMinutes(int minutes) {
        int clamped = UiPreferences.clampIdleLockMinutes(minutes);
        idleMinutes.set(clamped);
        preferences.setIdleLockMinutes(clamped);
        idle.setLimit(Duration.ofMinutes(clamped));
    }

    public void add() {
        String problem = formProblem(true);
        if (!problem.isEmpty()) {
            message.set(problem);
            return;
        }
        String user = name.get().strip();
        char[] secret = password.get().toCharArray();
        Set<Role> chosen = chosenRoles();
        String team = program.get();
        change(() -> users.add(user, chosen, team, secret), messages.get("users.added", user));
    }

    public void resetPassword() {
        UserRow row = selected.get();
        if (row == null || password.get().isEmpty()) {
            message.set(messages.get(row == null ? "users.error.select" : "users.error.password"));
            return;
        }
        char[] secret = password.get().toCharArray();
        change(() -> users.resetPassword(row.name(), secret), messages.get("users.passwordReset", row.name()));
    }

    public void changeRoles() {
        UserRow row = selected.get();
        String problem = row == null ? messages.get("users.error.select") : formProblem(false);
        if (!problem.isEmpty()) {
            message.set(problem);
            return;
        }
        if (row.roles().contains(Role.ADMINISTRATOR) && !chosenRoles().contains(Role.ADMINISTRATOR)
                && activeAdministrators() <= 1) {
            message.set(messages.get("users.error.lastAdministrator"));
            return;
        }
        Set<Role> chosen = chosenRoles();
        String team = program.get();
        change(() -> users.changeRoles(row.name(), chosen, team), messages.get("users.rolesChanged", row.name()));
    }

    public void remove() {
        UserRow row = selected.get();
        if (row == null) {
            message.set(messages.get("users.error.select"));
            return;
        }
        if (row.roles().contains(Role.ADMINISTRATOR) && activeAdministrators() <= 1) {
            message.set(messages.get("users.error.lastAdministrator"));
            return;
        }
        if (!dialogs.confirm(messages.get("users.remove.title"), messages.get("users.remove.question", row.name()),
                messages.get("users.remove.confirm"), messages.get("common.cancel"))) {
            return;
        }
        change(() -> users.remove(row.name()), messages.get("users.removed", row.name()));
    }

    private void change(UserChange work, String done) {
        busy.set(true);
        message.set("");
        tasks.run(BackgroundTask.ofRunnable(messages.get("users.saving"), work::run)
                .onSuccess(ignored -> {
                    password.set("");
                    load();
                    message.set(done);
                })
                .onFailure(VaultException.class, e -> failed(e.reason() == VaultException.Reason.INVALID_INPUT
                        ? messages.get("users.error.refused") : VaultMessages.of(messages, e)))
                .onFailure(AccessDeniedException.class, e -> failed(messages.get("users.error.notAdministrator")))
                .onFailure(Exception.class, e -> failed(messages.get("vault.error.io"))));
    }

    /** What stops adding (or changing roles), in plain words; "" when the form is ready. */
    private String formProblem(boolean adding) {
        if (adding && name.get().isBlank()) {
            return messages.get("users.error.name");
        }
        if (adding && rows.stream().anyMatch(r -> r.active() && r.name().equalsIgnoreCase(name.get().strip()))) {
            return messages.get("users.error.duplicate");
        }
        if (chosenRoles().isEmpty()) {
            return messages.get("users.error.role");
        }
        if (adding && password.get().isEmpty()) {
            return messages.get("users.error.password");
        }
        return "";
    }

    private long activeAdministrators() {
        return rows.stream().filter(r -> r.active() && r.roles().contains(Role.ADMINISTRATOR)).count();
    }

    private Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((role, on) -> {
            if (on.get()) {
                chosen.add(role);
            }
        });
        return chosen;
    }

    private void showSelected(UserRow row) {
        message.set("");
        if (row != null) {
            name.set(row.name());
            program.set(row.program());
            roles.forEach((role, on) -> on.set(row.roles().contains(role)));
        }
    }

    private void failed(String text) {
        busy.set(false);
        message.set(text);
    }

    /** A role's name in the UI language. */
    public String roleName(Role role) {
        return messages.get("users.role." + role.name().toLowerCase(Locale.ROOT));
    }

    /** "Active" or "Removed". */
    public String stateText(UserRow row) {
        return messages.get(row.active() ? "users.state.active" : "users.state.removed");
    }

    /** "Administrator, Attorney" for the list. */
    public String rolesText(Set<Role> held) {
        return String.join(", ", EnumSet.copyOf(held).stream().map(this::roleName).toList());
    }

    public ObservableList<UserRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObjectProperty<UserRow> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty programProperty() {
        return program;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty roleProperty(Role role) {
        return roles.get(role);
    }

    public IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public ReadOnlyBooleanProperty administratorProperty() {
        return administrator.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @FunctionalInterface
    private interface UserChange {
        void run() throws Exception;
    }
}
