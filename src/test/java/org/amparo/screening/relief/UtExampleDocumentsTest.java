package org.amparo.screening.relief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;
import org.amparo.screening.ReliefResult;
import org.amparo.screening.ReliefResult.ReliefOutcome;
import org.junit.jupiter.api.Test;

/** The spec's fictional example documents (copied from spec/examples), read through FactsJson and screened. */
class UtExampleDocumentsTest {

    private static FactsDocument load(String name) throws IOException {
        try (InputStream in = UtExampleDocumentsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return FactsJson.mapper().readValue(in, FactsDocument.class);
        }
    }

    @Test
    void uExampleIsLikelyEligibleWithAnEntryWaiverAndTwoChildren() throws IOException {
        FactsDocument facts = load("facts-u-visa-dv.json");

        ReliefResult result = new UVisaScreener().screen(facts, facts.asOf());

        assertThat(result.outcome()).isEqualTo(ReliefOutcome.LIKELY_ELIGIBLE);
        assertThat(result.waiversNeeded()).containsExactly("212(a)(6)(A)(i)");
        assertThat(UtScreenAsserts.element(result, "u.cert.six_months").result())
                .isEqualTo(ReliefResult.ElementOutcome.MET);
        assertThat(result.derivatives()).extracting(ReliefResult.DerivativeResult::member)
                .containsExactly("child-1", "child-2");
        assertThat(UtScreenAsserts.derivative(result, "child-2").fileBy()).isEqualTo(LocalDate.of(2029, 1, 19));
        assertThat(result.missingFacts()).contains("$.conduct.uncharged_conduct");
        assertThat(new TVisaScreener().screen(facts, facts.asOf()).outcome()).isEqualTo(ReliefOutcome.NOT_APPLICABLE);
    }

    @Test
    void tExampleIsLikelyEligibleAndTheMotherQualifiesThroughRetaliation() throws IOException {
        FactsDocument facts = load("facts-t-visa-labor.json");

        ReliefResult result = new TVisaScreener().screen(facts, facts.asOf());

        assertThat(result.outcome()).isEqualTo(ReliefOutcome.LIKELY_ELIGIBLE);
        assertThat(UtScreenAsserts.element(result, "t.labor").result()).isEqualTo(ReliefResult.ElementOutcome.MET);
        ReliefResult.DerivativeResult mother = UtScreenAsserts.derivative(result, "mother-1");
        assertThat(mother.outcome()).isEqualTo(ReliefOutcome.LIKELY_ELIGIBLE);
        assertThat(mother.reason()).contains("retaliation");
        assertThat(new UVisaScreener().screen(facts, facts.asOf()).outcome()).isEqualTo(ReliefOutcome.NOT_APPLICABLE);
    }
}
