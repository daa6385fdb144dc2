package org.amparo.screening;

/** Result of one enforcement category. */
public enum CategoryOutcome { MATCH, LIKELY_MATCH, NEEDS_REVIEW, NO_MATCH, INSUFFICIENT_DATA }
