package org.amparo.security.ui;

import jakarta.inject.Inject;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.amparo.platform.dialog.DialogService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.KeyRotationService;
import org.amparo.security.VaultException;

/**
 * Settings → Security → "Rotate database key…": for administrators only (anyone else sees the button disabled and
 * a note why); asks first, runs in the background with progress, and says plainly how it ended.
 */
public final class KeyRotationViewModel {

    private final KeyRotationService rotation;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper allowed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    @Inject
    public KeyRotationViewModel(KeyRotationService rotation, TaskRunner tasks, DialogService dialogs,
                                Messages messages) {
        this.rotation = rotation;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Finds out in the background whether the signed-in user may rotate the key. */
    public void refresh() {
        tasks.run(BackgroundTask.of("", context -> rotation.mayRotate()).onSuccess(allowed::set)
                .onFailure(RuntimeException.class, e -> allowed.set(false)));
    }

    /** Asks, then backs up and rotates in the background. Does nothing for a non-administrator or while busy. */
    public void rotate() {
        if (!allowed.get() || busy.get()) {
            return;
        }
        boolean agreed = dialogs.confirm(messages.get("keys.rotate.title"), messages.get("keys.rotate.question"),
                messages.get("keys.rotate.confirm"), messages.get("keys.rotate.cancel"));
        if (!agreed) {
            return;
        }
        busy.set(true);
        status.set(messages.get("keys.rotate.running"));
        tasks.run(BackgroundTask.of(messages.get("keys.rotate.running"), context -> {
            context.updateMessage(messages.get("keys.rotate.running"));
            return rotation.rotate();
        })
                .onSuccess(done -> finish(messages.get("keys.rotate.done", done.generation(),
                        done.backup().getFileName().toString())))
                .onFailure(VaultException.class, e -> fail(messages.get("keys.rotate.failed")))
                .onFailure(AccessDeniedException.class, e -> fail(messages.get("keys.rotate.notAllowed"))));
    }

    private void finish(String message) {
        busy.set(false);
        status.set(message);
        dialogs.info(message);
    }

    private void fail(String message) {
        busy.set(false);
        status.set(message);
        dialogs.error(message);
    }

    public ReadOnlyBooleanProperty allowedProperty() {
        return allowed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
