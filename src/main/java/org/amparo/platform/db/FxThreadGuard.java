package org.amparo.platform.db;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Fails any query started on the JavaFX application thread: the UI must never wait on the database. */
final class FxThreadGuard implements ExecuteListener {

    private static final long serialVersionUID = 1L;
    static final String FX_THREAD_NAME = "JavaFX Application Thread";

    @Override
    public void start(ExecuteContext ctx) {
        if (FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("Database query on the JavaFX thread: run it through TaskRunner");
        }
    }
}
