package org.amparo.bench;

import java.util.List;

/** One group of figures the {@code bench} command runs; each measures its figure and its floor in the same run. */
public interface Benchmark {

    /** @param clients size of the synthetic vault asked for; @param seed for synthetic data */
    List<BenchFigure> run(int clients, long seed) throws Exception;
}
