package org.amparo.platform.task;

import java.time.Duration;
import javafx.collections.ObservableList;

/**
 * Runs blocking work off the FX thread and delivers results and typed errors back on it. The FX implementation
 * uses a small thread pool; {@link SyncTaskRunner} runs everything on the calling thread for tests.
 */
public interface TaskRunner {

    <T> TaskHandle run(BackgroundTask<T> task);

    /** Runs {@code action} on the UI thread once after {@code delay} (for debouncing). */
    Cancellable after(Duration delay, Runnable action);

    /** Runs {@code action} on the UI thread every {@code period} until cancelled (for countdowns). */
    Cancellable every(Duration period, Runnable action);

    /** Tasks with a title that are still running, for the status bar (read-only). */
    ObservableList<TaskHandle> runningTasks();

    /** Cancels every running task and timer (used when the vault is locked). */
    void cancelAll();
}
