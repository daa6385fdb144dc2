package org.amparo.platform.db;

import java.util.function.Supplier;

/**
 * Transaction boundaries for services, without jOOQ types: a service that changes several repositories (and writes
 * the audit entry for the change) runs them in one {@code inTransaction} call, and every repository call made on the
 * same thread inside it joins that transaction. An exception rolls everything back.
 */
public interface Transactions {

    /** Runs {@code work} in one transaction, or inside the current one if this thread already has one. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} in one transaction, or inside the current one if this thread already has one. */
    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code step} at the end of this thread's transaction: after its work, still inside it (a failure rolls it
     * all back), in the order steps were added; with no transaction, at once in one of its own. The audit log appends
     * this way, so the chain's head lock is the last lock any transaction takes and two writers never wait for each
     * other in opposite orders (a deadlock H2 would end by rolling one of them back).
     */
    default void beforeCommit(Runnable step) {
        inTransaction(step);
    }
}
