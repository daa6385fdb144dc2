package org.amparo.screening.relief;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amparo.screening.ReliefResult.ElementOutcome;
import org.amparo.screening.ReliefResult.ElementResult;
import org.amparo.screening.ReliefResult.ReliefOutcome;

/**
 * One evaluated element of the U or T screen: the published element result plus the best overall outcome the
 * element still allows ({@code cap}), the facts that would settle it and the flags it raises.
 */
record UtFinding(ElementResult element, ReliefOutcome cap, List<String> missing, Set<String> flags) {

    static UtFinding of(String id, ElementOutcome result, ReliefOutcome cap, String reason, String citation) {
        return new UtFinding(new ElementResult(id, result, reason, citation), cap, List.of(), Set.of());
    }

    UtFinding missing(String... paths) {
        List<String> all = new java.util.ArrayList<>(missing);
        all.addAll(List.of(paths));
        return new UtFinding(element, cap, List.copyOf(all), flags);
    }

    UtFinding flag(String... more) {
        Set<String> all = new LinkedHashSet<>(flags);
        all.addAll(List.of(more));
        return new UtFinding(element, cap, missing, java.util.Collections.unmodifiableSet(all));
    }

    ElementOutcome result() {
        return element.result();
    }
}
