package org.amparo.cases;

/** Where a case stands: intake (facts still being gathered), open, or closed. */
public enum CaseStatus { INTAKE, OPEN, CLOSED }
