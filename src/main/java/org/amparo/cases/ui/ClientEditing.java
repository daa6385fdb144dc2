package org.amparo.cases.ui;

/**
 * Opens a client's own form (her {@code person} facts), which belongs to the clients feature; the shell binds it.
 * The case view uses it for "Edit client" and for questions about her identity.
 */
public interface ClientEditing {

    void editClient(long clientId, Runnable onSaved);
}
