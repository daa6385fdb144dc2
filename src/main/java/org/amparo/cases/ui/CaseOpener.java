package org.amparo.cases.ui;

import com.google.inject.ImplementedBy;

/**
 * Opens the case workspace's windows: a case, an intake interview, or the list of one client's cases (from which
 * a case opens or an intake starts). The caseload and the client screens reach the case workspace through it.
 */
@ImplementedBy(CaseWindows.class)
public interface CaseOpener {

    void openCase(long caseId);

    void openIntake(long caseId);

    void showClientCases(long clientId);
}
