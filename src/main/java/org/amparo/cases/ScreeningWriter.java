package org.amparo.cases;

import java.util.List;

/**
 * Stores one screening run chunk by chunk while it is screened ({@link CaseService#screeningWriter}). The run counts
 * (in each case's history, as the caseload's latest screening) only from {@link #complete}; until then, or after
 * {@link #discard}, it is as if it never ran. {@link #store} may be called from another thread than the one that
 * asked for the writer, one call at a time.
 */
public interface ScreeningWriter {

    /** Stores the results of some cases of the run. */
    void store(List<CaseScreening> results);

    /**
     * Completes the run in one transaction (with its audit entry): every case whose results were stored now has it as
     * her latest screening. Returns the run with its id and the number of cases screened.
     */
    ScreeningRun complete();

    /** Removes what was stored of a run that will not complete (cancelled, failed). Does nothing once completed. */
    void discard();

    /**
     * The writer of a store without steps: keeps the results in memory and stores the run whole, in one
     * {@link CaseService#recordScreenings} call, at {@link #complete}.
     */
    static ScreeningWriter buffered(CaseService cases, ScreeningRun run) {
        return new ScreeningWriter() {
            private final List<CaseScreening> results = new java.util.ArrayList<>();

            @Override
            public synchronized void store(List<CaseScreening> chunk) {
                results.addAll(chunk);
            }

            @Override
            public synchronized ScreeningRun complete() {
                return cases.recordScreenings(run, List.copyOf(results));
            }

            @Override
            public synchronized void discard() {
                results.clear();
            }
        };
    }
}
