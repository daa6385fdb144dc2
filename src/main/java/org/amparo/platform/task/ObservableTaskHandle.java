package org.amparo.platform.task;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The handle both runners share: the work thread reports through it, the UI thread observes it. */
final class ObservableTaskHandle implements TaskHandle, TaskContext {

    private final String title;
    private final Executor uiThread;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private Runnable onCancel = () -> { };

    ObservableTaskHandle(String title, Executor uiThread) {
        this.title = title;
        this.uiThread = uiThread;
        this.message.set(title);
    }

    void onCancel(Runnable action) {
        this.onCancel = action;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            onCancel.run();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void updateProgress(long doneUnits, long total) {
        double value = total <= 0 ? -1 : Math.min(1.0, (double) doneUnits / total);
        uiThread.execute(() -> progress.set(value));
    }

    @Override
    public void updateMessage(String text) {
        uiThread.execute(() -> message.set(text == null ? "" : text));
    }

    /** Called on the UI thread when the work has ended one way or another. */
    void markDone() {
        done.set(true);
    }
}
