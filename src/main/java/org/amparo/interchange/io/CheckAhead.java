package org.amparo.interchange.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.amparo.platform.task.Futures;

/**
 * Runs each document's check (schema, binding, fact checks: about half of reading an import file) on one worker
 * thread while the caller parses the documents after it, and hands the records back in file order. A failure to read
 * further is kept until the records before it have been handed back, then thrown, as a reader without look-ahead
 * would. At most {@value #WINDOW} documents are parsed ahead, so a large file still never sits in memory.
 */
final class CheckAhead implements AutoCloseable {

    static final int WINDOW = 64;

    /** Parses the next document on the calling thread and returns its check; null at the end of the file. */
    @FunctionalInterface
    interface Parse {
        Callable<FactsRecord> next() throws UnreadableInputException;
    }

    private final Parse parse;
    private final Deque<Future<FactsRecord>> ahead = new ArrayDeque<>();
    private ExecutorService worker;
    private UnreadableInputException failure;
    private boolean ended;

    CheckAhead(Parse parse) {
        this.parse = parse;
    }

    /** The next record in file order, or null at the end. */
    FactsRecord next() throws UnreadableInputException {
        while (!ended && failure == null && ahead.size() < WINDOW) {
            Callable<FactsRecord> check;
            try {
                check = parse.next();
            } catch (UnreadableInputException e) {
                failure = e;
                break;
            }
            if (check == null) {
                ended = true;
                break;
            }
            ahead.add(worker().submit(check));
        }
        Future<FactsRecord> first = ahead.poll();
        if (first != null) {
            return result(first);
        }
        if (failure != null) {
            UnreadableInputException e = failure;
            failure = null;
            ended = true;
            throw e;
        }
        return null;
    }

    private ExecutorService worker() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(runnable -> {
                Thread t = new Thread(runnable, "amparo-import-check");
                t.setDaemon(true);
                return t;
            });
        }
        return worker;
    }

    private static FactsRecord result(Future<FactsRecord> check) {
        return Futures.join(check, e -> new CancellationException("interrupted while reading the file"));
    }

    /** Stops the worker; checks not handed back are dropped (they only read their own document). */
    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
        }
        ahead.clear();
    }
}
