package org.amparo.security;

/**
 * Locks the vault saying why (the audit log records a lock, a panic lock or a sign-out). {@code VaultService.lock()}
 * is a sign-out; the shell's lock button, idle lock and panic key call this. Blocking: not on the FX thread.
 */
public interface SessionLocking {

    void lock(LockReason reason);
}
