package org.amparo.screening.rescreen;

import java.util.List;
import java.util.Objects;

/**
 * The framework in force today differs from the one in force when the caseload was last screened.
 *
 * @param previous the in-force framework of the latest stored screening, or null when no case was ever screened
 * @param current the framework in force today (null when none is)
 * @param openCases open and intake cases a re-screen would cover
 * @param added frameworks the app knows that the latest screening did not include (a framework added)
 */
public record PolicyChange(String previous, String current, int openCases, List<String> added) {

    public PolicyChange {
        added = List.copyOf(added);
    }

    /** Whether the framework in force itself changed (not only a framework added). */
    public boolean inForceChanged() {
        return !Objects.equals(previous, current);
    }
}
