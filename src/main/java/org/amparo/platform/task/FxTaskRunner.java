package org.amparo.platform.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on a small pool of daemon threads and delivers results, errors and progress on the FX thread. */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private static final int THREADS = 2;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, daemonThreads());
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private final ObservableList<TaskHandle> readOnlyRunning = FXCollections.unmodifiableObservableList(running);
    private final ObservableList<TaskHandle> all = FXCollections.observableArrayList();
    private final List<Cancellable> timers = new ArrayList<>();

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "amparo-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        ObservableTaskHandle handle = new ObservableTaskHandle(task.title(), Platform::runLater);
        all.add(handle);
        if (!task.title().isEmpty()) {
            running.add(handle);
        }
        pool.execute(() -> execute(task, handle));
        return handle;
    }

    private <T> void execute(BackgroundTask<T> task, ObservableTaskHandle handle) {
        try {
            T result = handle.isCancelled() ? null : task.call(handle);
            Platform.runLater(() -> finish(handle, () -> task.succeed(result)));
        } catch (Exception | Error e) {
            Platform.runLater(() -> finish(handle, () -> {
                if (!task.fail(e)) {
                    LOG.error("Background task '{}' failed without a handler", task.title(), e);
                }
            }));
        }
    }

    private void finish(ObservableTaskHandle handle, Runnable delivery) {
        running.remove(handle);
        all.remove(handle);
        handle.markDone();
        if (!handle.isCancelled()) {
            delivery.run();
        }
    }

    @Override
    public Cancellable after(java.time.Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(delay.toMillis()));
        Cancellable stop = pause::stop;
        pause.setOnFinished(event -> {
            timers.remove(stop);
            action.run();
        });
        pause.play();
        return track(stop);
    }

    @Override
    public Cancellable every(java.time.Duration period, Runnable action) {
        Timeline timeline = new Timeline(new KeyFrame(Duration.millis(period.toMillis()), event -> action.run()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
        return track(timeline::stop);
    }

    private Cancellable track(Cancellable stop) {
        timers.add(stop);
        return () -> {
            timers.remove(stop);
            stop.cancel();
        };
    }

    @Override
    public ObservableList<TaskHandle> runningTasks() {
        return readOnlyRunning;
    }

    @Override
    public void cancelAll() {
        for (TaskHandle handle : List.copyOf(all)) {
            handle.cancel();
        }
        for (Cancellable timer : List.copyOf(timers)) {
            timer.cancel();
        }
        timers.clear();
        running.clear();
    }
}
