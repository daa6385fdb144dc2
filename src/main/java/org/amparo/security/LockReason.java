package org.amparo.security;

/** Why a session ends, as the audit log records it: a lock (by hand or idle), the panic key, or signing out. */
public enum LockReason {
    LOCK(AuditAction.LOCK), IDLE(AuditAction.LOCK), PANIC(AuditAction.PANIC_LOCK), SIGN_OUT(AuditAction.SIGN_OUT);

    private final AuditAction action;

    LockReason(AuditAction action) {
        this.action = action;
    }

    public AuditAction auditAction() {
        return action;
    }

    /** Whether the same user coming back is an unlock rather than a new sign-in. */
    public boolean resumable() {
        return this != SIGN_OUT;
    }
}
