package org.amparo.platform.db;

import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The open vault's database, for repositories only ({@code ..data..} packages). Every write goes through
 * {@link #transaction} or {@link #transactionResult}: all or nothing. Any query on the FX thread fails.
 */
public interface Database {

    /** A context for reads. Throws {@link IllegalStateException} while the vault is locked. */
    DSLContext dsl();

    /** Runs {@code work} in one transaction (nested calls join it) and returns its result. */
    <T> T transactionResult(Function<DSLContext, T> work);

    /** Runs {@code work} in one transaction. */
    default void transaction(Consumer<DSLContext> work) {
        transactionResult(ctx -> {
            work.accept(ctx);
            return null;
        });
    }

    boolean isOpen();
}
