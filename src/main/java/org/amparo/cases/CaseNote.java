package org.amparo.cases;

import java.time.Instant;

/**
 * A free-text note on a case. Notes are narratives: summaries leave them out unless chosen, and purges can remove
 * them alone.
 */
public record CaseNote(Long id, long caseId, String text, String author, Instant createdAt, int version) {
}
