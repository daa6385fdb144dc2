package org.amparo.cases;

import java.util.EnumMap;
import java.util.Map;
import org.amparo.clients.Client;
import org.amparo.facts.FactsDocument;

/**
 * Everything finishing an intake stores, in one transaction ({@link CaseService#finishIntake}): her changed client
 * record, the sections her answers changed, the case opened, the draft cleared.
 *
 * @param caseVersion the case's version as the interview read it
 * @param client her client record with the intake's answers, carrying the version they were based on; null when
 *     the intake did not change it
 * @param facts the answers as one document; only {@code sections} of it are stored
 * @param sections each section to replace, with the stored version the answers were based on ({@code PERSON} is
 *     not one: it is {@code client})
 */
public record IntakeFinish(long caseId, int caseVersion, Client client, FactsDocument facts,
                           Map<FactSection, Integer> sections) {

    public IntakeFinish {
        if (sections.containsKey(FactSection.PERSON)) {
            throw new IllegalArgumentException("Her person facts are her client record: pass them as client.");
        }
        sections = sections.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(sections));
    }
}
