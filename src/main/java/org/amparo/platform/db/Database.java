package org.amparo.platform.db;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The open vault's database, for repositories only ({@code ..data..} packages). Every write goes through
 * {@link #transaction} or {@link #transactionResult}: all or nothing. Any query on the FX thread fails.
 */
public interface Database extends Transactions {

    /**
     * A context for reads; inside a transaction on this thread, that transaction's context (so reads see its
     * uncommitted writes). Throws {@link IllegalStateException} while the vault is locked.
     */
    DSLContext dsl();

    /**
     * Runs {@code work} in one transaction and returns its result. A call made while this thread is already inside a
     * transaction joins it (no savepoint): the outermost call commits or rolls back everything.
     */
    <T> T transactionResult(Function<DSLContext, T> work);

    /** Runs {@code work} in one transaction. */
    default void transaction(Consumer<DSLContext> work) {
        transactionResult(ctx -> {
            work.accept(ctx);
            return null;
        });
    }

    boolean isOpen();

    @Override
    default <T> T inTransaction(Supplier<T> work) {
        return transactionResult(ctx -> work.get());
    }
}
