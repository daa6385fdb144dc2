package org.amparo.clients.ui;

import com.google.inject.ImplementedBy;

/** Opens the client form in its own window; the list calls {@code onSaved} after a save so it can refresh. */
@ImplementedBy(ClientFormWindows.class)
public interface ClientFormOpener {

    void openNew(Runnable onSaved);

    void open(long clientId, Runnable onSaved);
}
