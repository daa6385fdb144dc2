package org.amparo.security;

/**
 * The append-only audit chain. Call {@link #record} inside the transaction of the change it records
 * ({@code platform.db.Transactions#inTransaction}): the entry commits or rolls back with it.
 */
public interface AuditLog {

    /**
     * Appends who (the signed-in user), when, {@code action} on {@code entityType}/{@code entityId} (an id or a case
     * number, never a name or a field value).
     */
    void record(AuditAction action, String entityType, String entityId);
}
