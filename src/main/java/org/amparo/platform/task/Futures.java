package org.amparo.platform.task;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Waiting for work handed to another thread, with its failure rethrown as it was thrown there. */
public final class Futures {

    private Futures() {
    }

    /**
     * The task's result. Its unchecked exception or error is rethrown as it is (a checked one wrapped in
     * {@link IllegalStateException}); an interrupt while waiting keeps the thread's interrupt flag and throws what
     * {@code onInterrupt} makes of it.
     */
    public static <T> T join(Future<T> task, Function<InterruptedException, RuntimeException> onInterrupt) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw onInterrupt.apply(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
