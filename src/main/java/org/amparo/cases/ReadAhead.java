package org.amparo.cases;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.amparo.platform.task.Futures;

/**
 * Reads the chunks of a pass over the caseload on reader threads, up to one per thread ahead of the consumer, and
 * hands them to the consumer in the order they were started, on the calling thread. A failed read fails the pass
 * with its own exception. Closing waits for the reads still running and never interrupts them (an interrupt during
 * H2's file I/O closes the database file).
 */
final class ReadAhead<T> implements AutoCloseable {

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final int readers;
    private final ExecutorService pool;
    private final Deque<Future<T>> ahead = new ArrayDeque<>();
    private final Consumer<T> consumer;

    ReadAhead(int readers, Consumer<T> consumer) {
        this.readers = Math.max(1, readers);
        this.consumer = consumer;
        this.pool = Executors.newFixedThreadPool(this.readers, runnable -> {
            Thread t = new Thread(runnable, "amparo-read-ahead-" + THREAD_NUMBER.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts {@code read}; once more reads are running than there are readers, hands the oldest to the consumer. */
    void read(Callable<T> read) {
        ahead.add(pool.submit(read));
        while (ahead.size() > readers) {
            consumer.accept(result(ahead.poll()));
        }
    }

    /** Hands every read still running to the consumer, in order. */
    void finish() {
        while (!ahead.isEmpty()) {
            consumer.accept(result(ahead.poll()));
        }
    }

    private static <T> T result(Future<T> read) {
        return Futures.join(read, e -> new IllegalStateException("Interrupted while reading the caseload", e));
    }

    @Override
    public void close() {
        pool.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
