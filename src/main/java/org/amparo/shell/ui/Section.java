package org.amparo.shell.ui;

/** The places of the navigation rail, with the message keys of their labels and "coming" notes. */
public enum Section {
    CLIENTS("nav.clients", ""),
    CASES("nav.cases", ""),
    CALENDAR("nav.calendar", ""),
    REPORTS("nav.reports", ""),
    SETTINGS("nav.settings", "");

    private final String labelKey;
    private final String comingKey;

    Section(String labelKey, String comingKey) {
        this.labelKey = labelKey;
        this.comingKey = comingKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** What the "not built yet" page says is coming; empty for built sections. */
    public String comingKey() {
        return comingKey;
    }
}
