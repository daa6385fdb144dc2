package org.amparo.platform.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on the calling thread, for tests and benchmarks (no FX toolkit needed). In {@linkplain #held() held}
 * mode tasks wait until {@link #runHeld(int)} so a test can finish them out of order. Delayed actions run at once;
 * periodic actions run on each {@link #tick()}.
 */
public final class SyncTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SyncTaskRunner.class);

    private final boolean hold;
    private final List<Runnable> heldTasks = new ArrayList<>();
    private final List<Runnable> periodic = new ArrayList<>();
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private final ObservableList<TaskHandle> readOnlyRunning = FXCollections.unmodifiableObservableList(running);

    private SyncTaskRunner(boolean hold) {
        this.hold = hold;
    }

    /** Runs each task as soon as it is submitted. */
    public static SyncTaskRunner immediate() {
        return new SyncTaskRunner(false);
    }

    /** Keeps tasks until the test releases them. */
    public static SyncTaskRunner held() {
        return new SyncTaskRunner(true);
    }

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        ObservableTaskHandle handle = new ObservableTaskHandle(task.title(), Runnable::run);
        if (!task.title().isEmpty()) {
            running.add(handle);
        }
        Runnable execution = () -> {
            execute(task, handle);
            running.remove(handle);
        };
        if (hold) {
            heldTasks.add(execution);
        } else {
            execution.run();
        }
        return handle;
    }

    private <T> void execute(BackgroundTask<T> task, ObservableTaskHandle handle) {
        if (handle.isCancelled()) {
            return;
        }
        try {
            T result = task.call(handle);
            if (!handle.isCancelled()) {
                task.succeed(result);
            }
        } catch (Exception e) {
            if (!handle.isCancelled() && !task.fail(e)) {
                LOG.error("Background task '{}' failed without a handler", task.title(), e);
            }
        } finally {
            handle.markDone();
        }
    }

    /** The number of tasks still held. */
    public int heldCount() {
        return heldTasks.size();
    }

    /** Runs the held task at {@code index} (0 = oldest) and forgets it. */
    public void runHeld(int index) {
        heldTasks.remove(index).run();
    }

    /** Runs every held task, oldest first. */
    public void runAllHeld() {
        while (!heldTasks.isEmpty()) {
            runHeld(0);
        }
    }

    @Override
    public Cancellable after(Duration delay, Runnable action) {
        action.run();
        return () -> { };
    }

    @Override
    public Cancellable every(Duration period, Runnable action) {
        periodic.add(action);
        return () -> periodic.remove(action);
    }

    /** Fires every periodic action once, as if one period had passed. */
    public void tick() {
        for (Runnable action : List.copyOf(periodic)) {
            action.run();
        }
    }

    /** The number of periodic actions still scheduled. */
    public int periodicCount() {
        return periodic.size();
    }

    @Override
    public ObservableList<TaskHandle> runningTasks() {
        return readOnlyRunning;
    }

    @Override
    public void cancelAll() {
        running.forEach(TaskHandle::cancel);
        running.clear();
        heldTasks.clear();
        periodic.clear();
    }
}
