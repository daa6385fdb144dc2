package org.amparo.cases;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * An intake interview in progress, saved on every answer so nothing is lost on a crash or close.
 *
 * @param step the interview step to resume at
 * @param factsJson the answers so far as an {@code amparo-facts/1} document (possibly incomplete or invalid)
 * @param baseVersions the stored version of each section (and of her client record, as {@code PERSON}) the answers
 *     were based on: finishing refuses a section stored since with another version. Empty for an old draft.
 */
public record IntakeDraft(long caseId, String step, String factsJson, Instant savedAt,
                          Map<FactSection, Integer> baseVersions) {

    public IntakeDraft {
        baseVersions = baseVersions == null || baseVersions.isEmpty() ? Map.of()
                : Map.copyOf(new EnumMap<>(baseVersions));
    }

    /** A draft that records no base versions. */
    public IntakeDraft(long caseId, String step, String factsJson, Instant savedAt) {
        this(caseId, step, factsJson, savedAt, Map.of());
    }
}
