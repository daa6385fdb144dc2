package org.amparo.security;

/** Whose secret unwraps a key slot: a user's password or the vault's recovery code. */
public enum SlotKind {
    USER,
    RECOVERY
}
