package org.amparo.screening.relief;

import static org.assertj.core.api.Assertions.assertThat;

import org.amparo.screening.ReliefResult;

/** Small lookups shared by the U and T tests. */
final class UtScreenAsserts {

    private UtScreenAsserts() {
    }

    static ReliefResult.ElementResult element(ReliefResult result, String id) {
        assertThat(result.elements()).as("elements").extracting(ReliefResult.ElementResult::id).contains(id);
        return result.elements().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    static ReliefResult.DerivativeResult derivative(ReliefResult result, String member) {
        assertThat(result.derivatives()).as("derivatives").extracting(ReliefResult.DerivativeResult::member)
                .contains(member);
        return result.derivatives().stream().filter(d -> d.member().equals(member)).findFirst().orElseThrow();
    }

    /** The element's reason plus everything the result shows around it (flags, waivers, missing facts). */
    static String visibleText(ReliefResult result, ReliefResult.ElementResult element) {
        return element.reason() + " | " + result.flags() + " | " + result.waiversNeeded() + " | "
                + result.missingFacts();
    }
}
