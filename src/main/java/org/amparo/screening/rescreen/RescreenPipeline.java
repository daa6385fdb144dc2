package org.amparo.screening.rescreen;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.cases.CaseFacts;
import org.amparo.cases.CaseScreening;
import org.amparo.cases.ScreeningWriter;
import org.amparo.cases.ScreeningRun;
import org.amparo.courthouse.CourthouseFacts;
import org.amparo.facts.FactsDocument;
import org.amparo.platform.task.Futures;
import org.amparo.platform.task.TaskContext;

/**
 * One run's steps: the calling thread reads a chunk and hands its screening to worker threads, then collects the
 * previous chunk's results while they work (so reading and screening overlap), and hands those to a writer thread
 * that stores them ({@link ScreeningWriter#store}) while the next chunk is read. At most one chunk waits to be
 * written. {@link #finish} completes the run (it counts from then on); closing an unfinished pipeline (cancel,
 * failure) discards what was stored, so a cancelled run leaves nothing. The writer thread is never interrupted: an
 * interrupt during H2's file I/O would close the database file.
 */
final class RescreenPipeline implements AutoCloseable {

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final ScreeningWriter writer;
    private final CourthouseFacts courthouse;
    private final CaseScreener screener;
    private final ImpactTally tally;
    private final TaskContext context;
    private final int workers = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    private final ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
        Thread t = new Thread(runnable, "amparo-rescreen-" + THREAD_NUMBER.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService writing = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "amparo-rescreen-writer-" + THREAD_NUMBER.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final int total;
    private int screened;
    private ScreeningRun run;
    private Pending pending;
    private Future<?> written;
    private boolean completed;

    private record Screened(CaseFacts source, CaseScreening now) { }

    private record Pending(List<Future<List<Screened>>> parts) { }

    /** @param total the expected number of cases for progress, or -1 when unknown */
    RescreenPipeline(ScreeningWriter writer, CourthouseFacts courthouse, CaseScreener screener, ScreeningRun draft,
                     int total, ImpactTally tally, TaskContext context) {
        this.writer = writer;
        this.courthouse = courthouse.forOnePass();
        this.screener = screener;
        this.run = draft;
        this.total = total;
        this.tally = tally;
        this.context = context;
    }

    /** Takes the next chunk of cases: starts screening it and collects the chunk before it. */
    void accept(List<CaseFacts> chunk) {
        checkCancelled();
        List<CaseFacts> enriched = new ArrayList<>(chunk.size());
        for (CaseFacts c : chunk) {
            FactsDocument facts = courthouse.withLocalData(c.facts());
            enriched.add(facts == c.facts() ? c : new CaseFacts(c.caseId(), c.clientId(), c.caseNumber(), facts,
                    c.previous()));
        }
        Pending next = submit(enriched);
        collect();
        pending = next;
    }

    /** Collects and stores what is still pending, then completes the run; returns the stored run. */
    ScreeningRun finish() {
        collect();
        awaitWritten();
        checkCancelled();
        run = writer.complete();
        completed = true;
        return run;
    }

    List<FrameworkImpact> impact() {
        return tally.result();
    }

    private Pending submit(List<CaseFacts> chunk) {
        long runId = 0;
        int size = (chunk.size() + workers - 1) / workers;
        List<Future<List<Screened>>> parts = new ArrayList<>(workers);
        for (int from = 0; from < chunk.size(); from += size) {
            List<CaseFacts> part = chunk.subList(from, Math.min(chunk.size(), from + size));
            parts.add(pool.submit(() -> screenAll(part, runId)));
        }
        return new Pending(parts);
    }

    private List<Screened> screenAll(List<CaseFacts> part, long runId) {
        List<Screened> out = new ArrayList<>(part.size());
        for (CaseFacts c : part) {
            if (context.isCancelled()) {
                return out;
            }
            out.add(new Screened(c, screener.screen(c.caseId(), runId, c.facts())));
        }
        return out;
    }

    private void collect() {
        if (pending == null) {
            return;
        }
        List<Screened> chunk = await(pending);
        pending = null;
        checkCancelled();
        List<CaseScreening> results = new ArrayList<>(chunk.size());
        for (Screened s : chunk) {
            results.add(s.now());
            tally.add(new CaseRef(s.source().caseId(), s.source().caseNumber()), s.source().previous(), s.now());
        }
        awaitWritten();
        written = writing.submit(() -> writer.store(results));
        screened += results.size();
        context.updateProgress(screened, total < 0 ? -1 : Math.max(screened, total));
    }

    /** Waits for the chunk being written; its failure fails the run. */
    private void awaitWritten() {
        if (written == null) {
            return;
        }
        Future<?> last = written;
        written = null;
        result(last);
    }

    private static List<Screened> await(Pending pending) {
        List<Screened> all = new ArrayList<>();
        for (Future<List<Screened>> part : pending.parts()) {
            all.addAll(result(part));
        }
        return all;
    }

    /** The task's result; its failure is rethrown as it was, an interrupt cancels the run. */
    private static <T> T result(Future<T> task) {
        return Futures.join(task, e -> new RescreenCancelledException());
    }

    private void checkCancelled() {
        if (context.isCancelled()) {
            throw new RescreenCancelledException();
        }
    }

    /** Stops the workers; an unfinished run's stored chunks are discarded once the chunk being written is done. */
    @Override
    public void close() {
        pool.shutdownNow();
        writing.shutdown();
        if (!completed) {
            waitForWriter();
            writer.discard();
        }
    }

    private void waitForWriter() {
        boolean interrupted = false;
        while (true) {
            try {
                if (writing.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
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
