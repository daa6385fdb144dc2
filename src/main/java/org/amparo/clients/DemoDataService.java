package org.amparo.clients;

import java.util.function.LongConsumer;

/** Fills the open vault with synthetic, obviously fictional clients (deterministic for a given seed). */
public interface DemoDataService {

    /** The demo vault's documented sign-in (desktop and {@code amparo demo}); it holds only fictional clients. */
    String DEMO_USER = "demo";

    /** The demo vault's documented password, shown on the first-run screen and by {@code amparo demo}. */
    String DEMO_PASSWORD = "Demo-Amparo-Ficticio-2026";

    /**
     * Adds {@code clients} synthetic clients covering every screening path, committing in batches.
     *
     * @param progress called with the number of clients written so far (from the calling thread)
     */
    void fill(int clients, long seed, LongConsumer progress);
}
