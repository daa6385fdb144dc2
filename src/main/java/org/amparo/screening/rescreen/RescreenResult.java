package org.amparo.screening.rescreen;

import java.util.List;
import java.util.Optional;
import org.amparo.cases.ScreeningRun;

/**
 * A finished, stored re-screen: the run (with its id) and who moved, per framework. {@link FrameworkImpact#IN_FORCE}
 * comes first, then the frameworks in the run's order; a framework where nobody moved has no transitions.
 */
public record RescreenResult(ScreeningRun run, List<FrameworkImpact> impact) {

    public RescreenResult {
        impact = List.copyOf(impact);
    }

    public int casesScreened() {
        return run.casesScreened();
    }

    public Optional<FrameworkImpact> impactOf(String framework) {
        return impact.stream().filter(i -> i.framework().equals(framework)).findFirst();
    }
}
