package org.amparo.clients;

import java.util.function.LongConsumer;

/** Fills the open vault with synthetic, obviously fictional clients (deterministic for a given seed). */
public interface DemoDataService {

    /**
     * Adds {@code clients} synthetic clients covering every screening path, committing in batches.
     *
     * @param progress called with the number of clients written so far (from the calling thread)
     */
    void fill(int clients, long seed, LongConsumer progress);
}
