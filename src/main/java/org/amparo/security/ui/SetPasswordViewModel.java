package org.amparo.security.ui;

import jakarta.inject.Inject;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.platform.fx.Navigation;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.VaultException;
import org.amparo.security.UserService;

/**
 * The step after opening the vault with the recovery code: a user name and a new password (with the first-run
 * strength hint), saved as that user's key slot so she can sign in normally next time. There is no "not now": the
 * vault cannot tell cheaply whether any password slot is left (both key files may have been rebuilt with the
 * recovery slot only). A name that is not yet a user becomes one, as administrator and attorney
 * ({@link UserService#setPasswordAfterRecovery}).
 */
public final class SetPasswordViewModel {

    private final UserService users;
    private final TaskRunner tasks;
    private final Navigation navigation;
    private final Messages messages;

    private final StringProperty userName = new SimpleStringProperty("");
    private final NewPasswordForm passwordForm;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    @Inject
    public SetPasswordViewModel(UserService users, TaskRunner tasks, Navigation navigation, Messages messages,
                                PasswordStrength strength) {
        this.users = users;
        this.tasks = tasks;
        this.navigation = navigation;
        this.messages = messages;
        this.passwordForm = new NewPasswordForm(strength, messages, () -> error.set(""));
        userName.addListener((obs, old, now) -> error.set(""));
    }

    /**
     * Saves the password for the user (off the FX thread), then opens the main window. A missing name, a weak
     * password or two different passwords are explained instead.
     */
    public void save() {
        if (busy.get()) {
            return;
        }
        String problem = problem();
        if (!problem.isEmpty()) {
            error.set(problem);
            return;
        }
        busy.set(true);
        String name = userName.get().strip();
        char[] secret = passwordForm.passwordChars();
        tasks.run(BackgroundTask.ofRunnable(messages.get("setPassword.working"),
                        () -> users.setPasswordAfterRecovery(name, secret))
                .onSuccess(ignored -> saved())
                .onFailure(VaultException.class, this::failed)
                .onFailure(Exception.class, e -> fail(messages.get("vault.error.io"))));
    }

    /** What stops saving, in plain words, or "" when the form is ready. */
    private String problem() {
        if (userName.get().isBlank()) {
            return messages.get("setPassword.error.noName");
        }
        if (!passwordForm.acceptableProperty().get()) {
            return passwordForm.strengthHintProperty().get();
        }
        if (!passwordForm.matches()) {
            return messages.get("firstRun.create.mismatch");
        }
        return "";
    }

    private void saved() {
        busy.set(false);
        passwordForm.clear();
        navigation.showMain(false);
    }

    private void failed(VaultException e) {
        fail(e.reason() == VaultException.Reason.INVALID_INPUT ? messages.get("setPassword.error.invalid")
                : VaultMessages.of(messages, e));
    }

    private void fail(String message) {
        busy.set(false);
        error.set(message);
    }

    /** Locks at once without saving anything. */
    public void lock() {
        passwordForm.clear();
        navigation.lock();
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    /** The new password, its confirmation and the live strength hint. */
    public NewPasswordForm passwordForm() {
        return passwordForm;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
