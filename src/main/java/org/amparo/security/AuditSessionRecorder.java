package org.amparo.security;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.amparo.platform.db.Transactions;

/**
 * Writes the session entries of the audit log: at a successful open, one {@code SIGN_IN_FAILED} entry (actor
 * unknown) per failed attempt since the last success (the vault was closed when they happened; the key-slot file
 * counted them), then {@code UNLOCK} if the same user locked this session earlier, else {@code SIGN_IN}; at the end,
 * {@code LOCK}, {@code PANIC_LOCK} or {@code SIGN_OUT}. After an open it starts the background chain check.
 */
@Singleton
final class AuditSessionRecorder implements VaultSessionListener {

    static final String ENTITY = "SESSION";

    private final Provider<HmacAuditLog> audit;
    private final Provider<Transactions> transactions;
    private final Provider<AuditMonitor> monitor;
    private String lockedUser;

    @Inject
    AuditSessionRecorder(Provider<HmacAuditLog> audit, Provider<Transactions> transactions,
            Provider<AuditMonitor> monitor) {
        this.audit = audit;
        this.transactions = transactions;
        this.monitor = monitor;
    }

    @Override
    public synchronized void opened(String user, int failedAttemptsBefore) {
        AuditAction action = user.equals(lockedUser) ? AuditAction.UNLOCK : AuditAction.SIGN_IN;
        lockedUser = null;
        HmacAuditLog log = audit.get();
        transactions.get().inTransaction(() -> {
            for (int i = 0; i < failedAttemptsBefore; i++) {
                log.recordAs(HmacAuditLog.UNKNOWN_ACTOR, AuditAction.SIGN_IN_FAILED, ENTITY, null);
            }
            log.record(action, ENTITY, null);
        });
        monitor.get().startBackgroundCheck();
    }

    @Override
    public synchronized void closing(String user, LockReason reason) {
        lockedUser = reason.resumable() ? user : null;
        monitor.get().forget();
        audit.get().record(reason.auditAction(), ENTITY, null);
    }
}
