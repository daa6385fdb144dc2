package org.amparo.cases;

import java.util.List;
import org.amparo.clients.StaleEditException;

/** Fills a demo vault with synthetic cases whose facts cover the screening paths. Only for demo vaults. */
@FunctionalInterface
public interface DemoCases {

    /** Adds {@code count} synthetic cases (seeded: the same seed gives the same demo); returns their ids. */
    List<Long> add(int count, long seed) throws StaleEditException;
}
