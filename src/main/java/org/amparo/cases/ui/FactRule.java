package org.amparo.cases.ui;

/** The extra check a field's value must pass. */
public enum FactRule {
    NONE,
    /** A date that has happened: not after today. */
    PAST,
    /** A date that may be in the future (court dates, check-ins, planned filings). */
    ANY,
    /** A date of birth: not after today, not before 1900. */
    BIRTH,
    /** A two-letter U.S. state code. */
    STATE
}
