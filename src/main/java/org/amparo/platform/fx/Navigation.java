package org.amparo.platform.fx;

/**
 * Moves the one main window between its screens. ViewModels call it; the shell implements it. No scene types here,
 * so ViewModels stay free of {@code javafx.scene}.
 */
public interface Navigation {

    void showFirstRun();

    void showUnlock();

    /** Shows the main window for the open vault; {@code demoData} shows the "demo data" banner. */
    void showMain(boolean demoData);

    /**
     * The vault was opened with the recovery code: asks for a new password before the main window (the lock keys
     * work from now on).
     */
    void showSetPassword();

    /** A vault was opened outside the unlock screen (first run): the lock keys work from now on. */
    void vaultOpened();

    /** Locks at once: clears every window of client data, locks the vault, returns to the unlock screen. */
    void lock();

    /**
     * The panic key: locks at once like {@link #lock()}, but shows a neutral screen (no Amparo name, no client data)
     * instead of the unlock screen; the neutral screen leads back to unlock.
     */
    default void panic() {
        lock();
    }

    /** Rebuilds the main window (after a language change) and shows the settings again. */
    void reloadMain();
}
