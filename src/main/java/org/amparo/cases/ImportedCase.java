package org.amparo.cases;

/** What one imported facts document became: a client and her intake case. */
public record ImportedCase(String ref, long clientId, long caseId) {
}
