package org.amparo.security.ui;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.AuditMonitor;
import org.amparo.security.AuditVerification;

/**
 * The main window's warning that the audit log was tampered with, shown only to users who may review the log
 * (administrators). It waits in the background for the check started at unlock.
 */
public final class AuditAlertViewModel {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final AuditMonitor monitor;
    private final TaskRunner tasks;
    private final Messages messages;
    private final AuditTexts texts;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    @Inject
    public AuditAlertViewModel(AuditMonitor monitor, TaskRunner tasks, Messages messages, AuditTexts texts) {
        this.monitor = monitor;
        this.tasks = tasks;
        this.messages = messages;
        this.texts = texts;
    }

    /** Waits (off the FX thread) for the unlock check, then shows the warning if it applies to this user. */
    public void activate() {
        tasks.run(BackgroundTask.of(messages.get("audit.checking"), context -> {
            monitor.awaitBackgroundCheck(WAIT);
            return monitor.alertForCurrentUser() ? monitor.latest() : Optional.<AuditVerification>empty();
        }).onSuccess(this::show).onFailure(Exception.class, e -> show(Optional.empty())));
    }

    private void show(Optional<AuditVerification> result) {
        showing.set(result.isPresent());
        text.set(result.map(texts::alert).orElse(""));
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
