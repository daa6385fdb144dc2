package org.amparo.cases;

import java.util.Map;
import org.amparo.facts.FactsDocument;

/**
 * A client's facts as one {@code amparo-facts/1} document ({@code ref} = the client's stable reference, {@code as_of}
 * null) together with the stored version of each section, to send back with a save.
 */
public record FactsSnapshot(long clientId, FactsDocument facts, Map<FactSection, Integer> versions) {

    public FactsSnapshot {
        versions = Map.copyOf(versions);
    }

    public int version(FactSection section) {
        return versions.getOrDefault(section, 0);
    }
}
