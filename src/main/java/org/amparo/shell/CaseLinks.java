package org.amparo.shell;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.amparo.cases.ui.CaseOpener;
import org.amparo.cases.ui.ClientEditing;
import org.amparo.clients.ui.ClientCaseLinks;
import org.amparo.clients.ui.ClientFormOpener;

/** Joins the client screens and the case workspace, which do not know each other: her cases, her client form. */
final class CaseLinks implements ClientCaseLinks, ClientEditing {

    private final Provider<CaseOpener> cases;
    private final Provider<ClientFormOpener> forms;

    @Inject
    CaseLinks(Provider<CaseOpener> cases, Provider<ClientFormOpener> forms) {
        this.cases = cases;
        this.forms = forms;
    }

    @Override
    public void showCases(long clientId) {
        cases.get().showClientCases(clientId);
    }

    @Override
    public void editClient(long clientId, Runnable onSaved) {
        forms.get().open(clientId, onSaved);
    }
}
