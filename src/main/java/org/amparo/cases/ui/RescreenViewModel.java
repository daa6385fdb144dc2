package org.amparo.cases.ui;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskHandle;
import org.amparo.platform.task.TaskRunner;
import org.amparo.screening.rescreen.FrameworkImpact;
import org.amparo.screening.rescreen.PolicyChange;
import org.amparo.screening.rescreen.RescreenRequest;
import org.amparo.screening.rescreen.RescreenResult;
import org.amparo.screening.rescreen.RescreenService;

/**
 * The caseload re-screen as the window shows it: whether the policy in force changed since the last screening (the
 * banner), a re-screen in the background with progress and cancel, and the last result for the impact view. One per
 * window session; {@link #clear()} forgets everything (when the main window goes away, e.g. on lock).
 */
@Singleton
public final class RescreenViewModel {

    private final RescreenService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<PolicyChange> change = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper bannerVisible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<RescreenResult> lastResult = new ReadOnlyObjectWrapper<>();
    private TaskHandle handle;
    private Runnable onShowImpact = () -> { };
    private long generation;

    @Inject
    public RescreenViewModel(RescreenService service, TaskRunner tasks, Messages messages, Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
    }

    /** Looks (in the background) whether the policy in force changed since the caseload was last screened. */
    public void checkPolicy() {
        long mine = generation;
        LocalDate today = LocalDate.now(clock);
        tasks.run(BackgroundTask.of("", context -> service.policyChange(today))
                .onSuccess(found -> {
                    if (mine == generation && !running.get()) {
                        change.set(found.orElse(null));
                        message.set(found.map(this::describe).orElse(""));
                        bannerVisible.set(found.isPresent());
                    }
                })
                .onFailure(Exception.class, e -> { }));
    }

    private String describe(PolicyChange c) {
        if (c.previous() == null) {
            return messages.get("policyChange.banner.never", c.openCases());
        }
        if (c.inForceChanged()) {
            String current = c.current() == null ? messages.get("policyChange.banner.none") : c.current();
            return messages.get("policyChange.banner.changed", c.previous(), current, c.openCases());
        }
        return messages.get("policyChange.banner.added", String.join(", ", c.added()), c.openCases());
    }

    /** Re-screens every open case as of today; does nothing while one runs. */
    public void start() {
        if (running.get()) {
            return;
        }
        long mine = ++generation;
        RescreenRequest request = RescreenRequest.all(LocalDate.now(clock), trigger(change.get()));
        running.set(true);
        bannerVisible.set(true);
        message.set(messages.get("policyChange.running"));
        TaskHandle started = tasks.run(BackgroundTask.of(messages.get("policyChange.running"),
                        context -> service.rescreen(request, context))
                .onSuccess(result -> finished(mine, result))
                .onFailure(Exception.class, e -> ended(mine, "policyChange.failed")));
        if (running.get() && mine == generation) {
            handle = started;
            progress.bind(started.progressProperty());
        }
    }

    private static String trigger(PolicyChange c) {
        if (c != null && c.inForceChanged() && c.current() != null) {
            return "framework " + c.current() + " in force";
        }
        return c != null && !c.added().isEmpty() ? "framework " + String.join(", ", c.added()) + " added" : "manual";
    }

    private void finished(long mine, RescreenResult result) {
        if (mine != generation) {
            return;
        }
        stopped();
        change.set(null);
        lastResult.set(result);
        int moved = result.impactOf(FrameworkImpact.IN_FORCE).map(FrameworkImpact::casesMoved).orElse(0);
        message.set(messages.get("policyChange.done", result.casesScreened(), moved));
    }

    private void ended(long mine, String key) {
        if (mine == generation) {
            stopped();
            message.set(messages.get(key));
        }
    }

    private void stopped() {
        progress.unbind();
        progress.set(-1);
        running.set(false);
        handle = null;
    }

    /** Asks the running re-screen to stop; what it stored so far is removed, so nothing of it counts. */
    public void cancel() {
        if (handle != null) {
            handle.cancel();
            ended(generation, "policyChange.cancelled");
        }
    }

    /** Hides the banner (until the next check finds a change). */
    public void dismiss() {
        if (!running.get()) {
            bannerVisible.set(false);
        }
    }

    /** Asks the window to show the impact of the last re-screen. */
    public void showImpact() {
        onShowImpact.run();
    }

    /** What "View changes" does (the shell shows the caseload's impact tab). */
    public void setOnShowImpact(Runnable action) {
        this.onShowImpact = action == null ? () -> { } : action;
    }

    /** Cancels any run and forgets the change, the message and the last result (no case numbers stay behind). */
    public void clear() {
        cancel();
        generation++;
        stopped();
        change.set(null);
        lastResult.set(null);
        message.set("");
        bannerVisible.set(false);
        onShowImpact = () -> { };
    }

    public ReadOnlyObjectProperty<PolicyChange> changeProperty() {
        return change.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** -1 while indeterminate, else 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty bannerVisibleProperty() {
        return bannerVisible.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RescreenResult> lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }
}
