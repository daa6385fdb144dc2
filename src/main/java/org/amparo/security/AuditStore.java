package org.amparo.security;

import java.util.List;
import java.util.Optional;

/**
 * Storage of the audit chain (implemented in {@code security.data}). It can only append and read: there is no
 * update or delete. Calls join the current transaction of the calling thread.
 */
public interface AuditStore {

    /**
     * Locks the chain's head for appending until the current transaction ends (other appenders wait), and returns
     * the newest entry, if any. Must be called inside a transaction.
     */
    Optional<AuditEntry> lockHead();

    /** The newest entry, without locking. */
    Optional<AuditEntry> newest();

    /** Appends entries in order (they continue the chain one after the other), as a batch. */
    void appendAll(List<AuditEntry> entries);

    /** Up to {@code limit} entries with a sequence number above {@code afterSeq}, in sequence order. */
    List<AuditEntry> page(long afterSeq, int limit);

    /** The {@code limit} newest entries, newest first. */
    List<AuditEntry> newest(int limit);

    Optional<AuditEntry> bySeq(long seq);

    /** The highest sequence number (0 for an empty log). */
    long maxSeq();

    /** Whether an entry with a sequence number above {@code afterSeq} stores {@code prevMac} as its previous MAC. */
    boolean linkedFromAfter(byte[] prevMac, long afterSeq);
}
