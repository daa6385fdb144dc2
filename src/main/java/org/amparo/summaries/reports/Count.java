package org.amparo.summaries.reports;

/**
 * A count as a report shows it: counts of 1 to 4 are shown as "&lt;5" so a small group cannot be singled out; 0 and
 * 5 or more are shown as they are. The exact value is kept for charts' totals only when it is not small.
 */
public record Count(long value) {

    public static final String SMALL = "<5";

    public boolean small() {
        return value >= 1 && value <= 4;
    }

    public String shown() {
        return small() ? SMALL : Long.toString(value);
    }

    /** The value a chart may draw: small cells are drawn as 0 and labelled "&lt;5" by the caller. */
    public long chartable() {
        return small() ? 0 : value;
    }
}
