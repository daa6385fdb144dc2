package org.amparo.security;

/** What an audit entry records. Entries name the entity and action, never field values. */
public enum AuditAction {
    SIGN_IN, SIGN_OUT, SIGN_IN_FAILED, LOCK, UNLOCK, PANIC_LOCK,
    CREATE, UPDATE, DELETE, READ_PROTECTED, BREAK_GLASS,
    EXPORT, PRINT, IMPORT, IMPORT_UNDONE, RESCREEN,
    BACKUP, BACKUP_VERIFIED, RESTORE, PURGE,
    USER_ADDED, USER_REMOVED, ROLE_CHANGED, PASSWORD_RESET, KEY_ROTATED, AUDIT_VERIFIED
}
