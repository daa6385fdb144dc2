package org.amparo.cases;

import org.amparo.facts.FactsDocument;

/** An open case with its client's facts and its latest stored screening (null if never screened), read in bulk. */
public record CaseFacts(long caseId, long clientId, String caseNumber, FactsDocument facts, CaseScreening previous) {
}
