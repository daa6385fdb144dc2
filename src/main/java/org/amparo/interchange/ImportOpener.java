package org.amparo.interchange;

/**
 * Opens the import window (implemented by the interchange UI); the client list calls {@code onImported} after a
 * commit or an undo so it can refresh. No scene types here, so any view model may hold one.
 */
public interface ImportOpener {

    void open(Runnable onImported);
}
