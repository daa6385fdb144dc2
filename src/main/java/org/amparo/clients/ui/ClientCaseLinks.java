package org.amparo.clients.ui;

/**
 * Shows a client's cases (to open one or start an intake); the case workspace provides it and the shell binds it,
 * so the client screens need not know the case screens.
 */
public interface ClientCaseLinks {

    void showCases(long clientId);
}
