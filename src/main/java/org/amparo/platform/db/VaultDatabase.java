package org.amparo.platform.db;

import jakarta.inject.Singleton;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The {@link Database} the application injects: the vault's database while it is open, and an error
 * ("The vault is locked") while it is not. The vault service attaches the opened database and detaches it on lock.
 */
@Singleton
public final class VaultDatabase implements Database {

    private volatile Session session;

    /** Makes {@code database} the current one; fails if another is still attached. */
    public synchronized void attach(OpenDatabase database) {
        if (session != null) {
            throw new IllegalStateException("A vault is already open");
        }
        session = new Session(database, new DataSourceDatabase(database.dataSource(), SQLDialect.H2));
    }

    /** Checkpoints and closes the current database, if any. Safe to call twice. */
    public synchronized void close() {
        Session current = session;
        session = null;
        if (current != null) {
            current.database().close();
        }
    }

    /** Forces committed data to disk ({@code CHECKPOINT SYNC}), for an explicit save; nothing while locked. */
    public void checkpoint() {
        Session current = session;
        if (current != null) {
            current.delegate().dsl().execute("CHECKPOINT SYNC");
        }
    }

    @Override
    public DSLContext dsl() {
        return current().delegate().dsl();
    }

    @Override
    public <T> T transactionResult(Function<DSLContext, T> work) {
        return current().delegate().transactionResult(work);
    }

    @Override
    public void beforeCommit(Runnable step) {
        current().delegate().beforeCommit(step);
    }

    @Override
    public boolean isOpen() {
        return session != null;
    }

    private Session current() {
        Session current = session;
        if (current == null) {
            throw new IllegalStateException("The vault is locked");
        }
        return current;
    }

    private record Session(OpenDatabase database, DataSourceDatabase delegate) {
    }
}
