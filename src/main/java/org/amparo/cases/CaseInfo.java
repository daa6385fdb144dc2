package org.amparo.cases;

import java.time.LocalDate;
import java.util.Set;
import org.amparo.screening.ReliefResult.Relief;

/**
 * A case as stored (not its facts, which belong to the client): a client may have several cases.
 *
 * @param id null before the case is first saved
 * @param caseNumber the program's own number (unique), e.g. {@code 2026-0142}
 * @param reliefPursued the relief the case pursues (may be empty at intake)
 * @param assignedAdvocate user name, or null
 * @param assignedAttorney user name, or null
 * @param program the program (team) the case belongs to; access rules use it
 * @param version optimistic-lock version: a save with a stale version is refused
 */
public record CaseInfo(
        Long id,
        long clientId,
        String caseNumber,
        Set<Relief> reliefPursued,
        CaseStatus status,
        String assignedAdvocate,
        String assignedAttorney,
        String program,
        LocalDate openedOn,
        LocalDate closedOn,
        int version) {

    public CaseInfo {
        reliefPursued = Set.copyOf(reliefPursued);
    }
}
