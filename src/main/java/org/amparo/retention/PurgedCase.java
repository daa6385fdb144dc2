package org.amparo.retention;

/**
 * One purged case.
 *
 * @param clientRemoved whether the client (her record and all her facts) went too, having no other case
 */
public record PurgedCase(long caseId, String caseNumber, PurgeKind kind, boolean clientRemoved) {
}
