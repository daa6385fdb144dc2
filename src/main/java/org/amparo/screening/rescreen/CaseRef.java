package org.amparo.screening.rescreen;

/** A case as the impact view and the report name it: its id (to open it) and the program's case number. */
public record CaseRef(long caseId, String caseNumber) {
}
