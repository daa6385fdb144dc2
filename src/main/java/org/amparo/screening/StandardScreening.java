package org.amparo.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.amparo.courthouse.risk.CourthouseRiskEngine;
import org.amparo.courthouse.risk.EnforcementSummary;
import java.util.Properties;
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

    /** The application version from the build ({@code org/amparo/version.properties}); "unknown" if absent. */
    public static String engineVersion() {
        Properties p = new Properties();
        try (InputStream in = StandardScreening.class.getResourceAsStream("/org/amparo/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("amparo.version", "unknown");
    }
}
