package org.amparo.security;

/**
 * Work a feature must do each time the vault opens, after the session's audit entries and before any of its data is
 * shown (for example removing what a crash left half written). Bound with a Guice multibinder of this type. A task
 * that fails is logged and does not stop the vault from opening, so each must be safe to run again later.
 */
public interface VaultOpenTask {

    /** Runs on the thread that opened the vault, with the vault open and {@code user} signed in. */
    void vaultOpened(String user);
}
