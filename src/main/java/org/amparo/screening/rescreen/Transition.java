package org.amparo.screening.rescreen;

import java.util.List;
import org.amparo.screening.FrameworkOutcome;

/**
 * Cases whose outcome under one framework went from {@code from} to {@code to} in a re-screen.
 *
 * @param from the outcome of the case's previous stored screening; null when that screening did not include the
 *             framework (never screened, or the framework was added since)
 */
public record Transition(FrameworkOutcome from, FrameworkOutcome to, List<CaseRef> cases) {

    public Transition {
        cases = List.copyOf(cases);
    }

    public int count() {
        return cases.size();
    }
}
