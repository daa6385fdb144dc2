package org.amparo.courthouse.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.screening.CourthouseRisk;
import org.amparo.screening.CourthouseRisk.Direction;
import org.amparo.screening.CourthouseRisk.Factor;
import org.amparo.screening.CourthouseRisk.Level;
import org.junit.jupiter.api.Test;

/** The shared U-visa example (../shared/spec/examples): a DV witness at a California criminal court in 2026. */
class CourthouseRiskExampleTest {

    @Test
    void theUVisaWitnessHearingIsModerateWithItsFactorsAndPlan() throws IOException {
        FactsDocument facts = FactsJson.mapper().readValue(
                Path.of("../shared/spec/examples/facts-u-visa-dv.json").toFile(), FactsDocument.class);
        List<CourthouseRisk> risks = new CourthouseRiskEngine().assess(facts, facts.asOf());
        assertThat(risks).singleElement().satisfies(risk -> {
            assertThat(risk.event()).isEqualTo("ce-1");
            assertThat(risk.factors()).extracting(Factor::id, Factor::direction).containsExactlyInAnyOrder(
                    tuple("risk.courthouse_policy_2025", Direction.raises),
                    tuple("risk.criminal_court", Direction.raises),
                    tuple("risk.companion_witness", Direction.raises),
                    tuple("risk.ina239e", Direction.lowers),
                    tuple("risk.state_law", Direction.lowers),
                    tuple("risk.abuser_knows_date", Direction.raises),
                    tuple("risk.attorney_accompanying", Direction.lowers));
            assertThat(risk.level()).as("+1 +2 +1 -1 -1 +1 -1 = 2").isEqualTo(Level.MODERATE);
            assertThat(risk.safetyPlan()).anyMatch(step -> step.contains("AB 668"))
                    .anyMatch(step -> step.contains("filing before the hearing"))
                    .noneMatch(step -> step.contains("to go with her"));
        });
    }
}
