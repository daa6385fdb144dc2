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

    /**
     * Appends one entry per id of {@code entityIds}, in order, exactly as that many {@link #record} calls would (a
     * bulk change such as an import records each case it made); implementations may write them together.
     */
    default void recordAll(AuditAction action, String entityType, java.util.List<String> entityIds) {
        for (String id : entityIds) {
            record(action, entityType, id);
        }
    }

    /**
     * The chain's newest entry (sequence number and MAC), to keep as an anchor (a backup's manifest keeps it, so a log
     * cut short after that backup is detected). {@code AuditAnchor.EMPTY} for an empty log.
     */
    AuditAnchor head();
}
