package org.amparo.cases.ui;

import java.util.List;

/** A case opener that records the ids of the cases it was asked to open. */
public final class RecordingCaseOpener implements CaseOpener {

    private final List<Long> opened;

    public RecordingCaseOpener(List<Long> opened) {
        this.opened = opened;
    }

    @Override
    public void openCase(long caseId) {
        opened.add(caseId);
    }

    @Override
    public void openIntake(long caseId) {
        opened.add(caseId);
    }

    @Override
    public void showClientCases(long clientId) {
        throw new AssertionError("not expected here");
    }
}
