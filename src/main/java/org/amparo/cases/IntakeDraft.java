package org.amparo.cases;

import java.time.Instant;

/**
 * An intake interview in progress, saved on every answer so nothing is lost on a crash or close.
 *
 * @param step the interview step to resume at
 * @param factsJson the answers so far as an {@code amparo-facts/1} document (possibly incomplete or invalid)
 */
public record IntakeDraft(long caseId, String step, String factsJson, Instant savedAt) {
}
