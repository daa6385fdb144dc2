package org.amparo.screening;

import java.util.List;
import org.amparo.AppVersion;
import org.amparo.courthouse.risk.CourthouseRiskEngine;
import org.amparo.courthouse.risk.EnforcementSummary;
import org.amparo.deadlines.RuleDeadlineCalculator;
import org.amparo.screening.enforcement.DataDrivenEnforcementEngine;
import org.amparo.screening.relief.AsylumScreener;
import org.amparo.screening.relief.SijsScreener;
import org.amparo.screening.relief.TVisaScreener;
import org.amparo.screening.relief.UVisaScreener;
import org.amparo.screening.relief.VawaCancellationScreener;
import org.amparo.screening.relief.VawaSelfPetitionScreener;

/** Builds the {@link ScreeningEngine} the app ships: bundled frameworks, six relief screeners, the deadline rules. */
public final class StandardScreening {

    private StandardScreening() {
    }

    public static ScreeningEngine create() {
        return new ScreeningEngine(DataDrivenEnforcementEngine.bundled(),
                List.of(new UVisaScreener(), new TVisaScreener(), new VawaSelfPetitionScreener(),
                        new VawaCancellationScreener(), new AsylumScreener(), new SijsScreener()),
                new RuleDeadlineCalculator(), engineVersion(), courthouseRisk());
    }

    private static RiskAssessor courthouseRisk() {
        CourthouseRiskEngine engine = new CourthouseRiskEngine();
        return (facts, asOf, inForce) -> inForce == null
                ? engine.assess(facts, asOf)
                : engine.assess(facts, asOf, EnforcementSummary.of(inForce));
    }

    /** The engine version reported in every screening document: the application's version. */
    public static String engineVersion() {
        return AppVersion.current();
    }
}
