package org.amparo.platform.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of work for a {@link TaskRunner}: the blocking work itself, a success handler and typed failure handlers.
 * Handlers run on the FX thread (or the calling thread with {@link SyncTaskRunner}).
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {

    /** The blocking work; it may throw any exception, which goes to the first matching failure handler. */
    @FunctionalInterface
    public interface Work<T> {
        T call(TaskContext context) throws Exception;
    }

    private record FailureHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {
        boolean tryHandle(Throwable error) {
            if (!type.isInstance(error)) {
                return false;
            }
            handler.accept(type.cast(error));
            return true;
        }
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private final List<FailureHandler<?>> failureHandlers = new ArrayList<>();

    private BackgroundTask(String title, Work<T> work) {
        this.title = title == null ? "" : title;
        this.work = Objects.requireNonNull(work);
    }

    /** Work with a short title shown in the status bar while it runs (empty for quiet work such as a search). */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    /** Work without a result. */
    public static BackgroundTask<Void> ofRunnable(String title, ThrowingRunnable work) {
        return new BackgroundTask<>(title, context -> {
            work.run();
            return null;
        });
    }

    /** A runnable that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Handles failures of {@code type}; handlers are tried in the order they were added. */
    public <E extends Throwable> BackgroundTask<T> onFailure(Class<E> type, Consumer<? super E> handler) {
        failureHandlers.add(new FailureHandler<>(type, handler));
        return this;
    }

    public String title() {
        return title;
    }

    T call(TaskContext context) throws Exception {
        return work.call(context);
    }

    void succeed(T result) {
        onSuccess.accept(result);
    }

    /** Gives the error to the first matching handler; returns false when none matched. */
    boolean fail(Throwable error) {
        for (FailureHandler<?> handler : failureHandlers) {
            if (handler.tryHandle(error)) {
                return true;
            }
        }
        return false;
    }
}
