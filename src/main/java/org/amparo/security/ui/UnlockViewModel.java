package org.amparo.security.ui;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.platform.fx.Navigation;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.Cancellable;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.VaultException;
import org.amparo.security.VaultService;

/**
 * Unlock with user name and password (or the recovery code, which leads to setting a new password). Wrong credentials
 * give one plain message whatever was wrong, and a countdown while the vault's delay runs.
 */
public final class UnlockViewModel {

    private static final Duration TICK = Duration.ofSeconds(1);

    private final VaultService vault;
    private final TaskRunner tasks;
    private final Navigation navigation;
    private final Messages messages;
    private final Path dir;

    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty recoveryCode = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper recoveryMode = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper countdownText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canUnlock;
    private Cancellable countdown = () -> { };

    @Inject
    public UnlockViewModel(VaultService vault, TaskRunner tasks, Navigation navigation, Messages messages,
                           VaultFolders folders) {
        this.vault = vault;
        this.tasks = tasks;
        this.navigation = navigation;
        this.messages = messages;
        this.dir = folders.vault();
        canUnlock = Bindings.createBooleanBinding(() -> !busy.get() && secondsLeft.get() == 0
                        && (recoveryMode.get() ? !recoveryCode.get().isBlank()
                                : !userName.get().isBlank() && !password.get().isEmpty()),
                busy, secondsLeft, recoveryMode, recoveryCode, userName, password);
        secondsLeft.addListener((obs, old, now) -> countdownText.set(now.intValue() > 0
                ? messages.get("unlock.countdown", now) : ""));
    }

    /** Unlocks with the name and password, or with the recovery code in recovery mode. */
    public void unlock() {
        if (!canUnlock.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        boolean withCode = recoveryMode.get();
        BackgroundTask<Void> task = withCode ? openWithCode(recoveryCode.get()) : openWithPassword();
        tasks.run(task.onSuccess(ignored -> opened(withCode))
                .onFailure(VaultException.class, this::failed)
                .onFailure(Exception.class, e -> failedPlainly(messages.get("vault.error.io"))));
    }

    private BackgroundTask<Void> openWithPassword() {
        String user = userName.get().strip();
        char[] secret = password.get().toCharArray();
        return BackgroundTask.ofRunnable(messages.get("unlock.working"), () -> vault.open(dir, user, secret));
    }

    private BackgroundTask<Void> openWithCode(String code) {
        return BackgroundTask.ofRunnable(messages.get("unlock.working"), () -> vault.openWithRecoveryCode(dir, code));
    }

    /** After the recovery code, a new password is asked for first, so the code is not needed next time. */
    private void opened(boolean withCode) {
        busy.set(false);
        password.set("");
        recoveryCode.set("");
        if (withCode) {
            navigation.showSetPassword();
        } else {
            navigation.showMain(false);
        }
    }

    private void failed(VaultException e) {
        failedPlainly(VaultMessages.of(messages, e));
        password.set("");
        if (e.reason() == VaultException.Reason.RECOVERY_REQUIRED) {
            recoveryMode.set(true);
        }
        long seconds = (e.retryAfter().toMillis() + 999) / 1000;
        if (seconds > 0) {
            startCountdown((int) seconds);
        }
    }

    private void failedPlainly(String message) {
        busy.set(false);
        error.set(message);
    }

    private void startCountdown(int seconds) {
        countdown.cancel();
        secondsLeft.set(seconds);
        countdown = tasks.every(TICK, () -> {
            secondsLeft.set(Math.max(0, secondsLeft.get() - 1));
            if (secondsLeft.get() == 0) {
                countdown.cancel();
            }
        });
    }

    /** Switches to unlocking with the recovery code. */
    public void useRecoveryCode() {
        error.set("");
        recoveryMode.set(true);
    }

    /** Back to name and password. */
    public void usePassword() {
        error.set("");
        recoveryMode.set(false);
    }

    /** Stops the countdown (the view is going away). */
    public void dispose() {
        countdown.cancel();
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty recoveryCodeProperty() {
        return recoveryCode;
    }

    public ReadOnlyBooleanProperty recoveryModeProperty() {
        return recoveryMode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownTextProperty() {
        return countdownText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canUnlockBinding() {
        return canUnlock;
    }
}
