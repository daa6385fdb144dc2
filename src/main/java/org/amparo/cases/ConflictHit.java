package org.amparo.cases;

import java.time.LocalDate;

/**
 * One person the conflict check found: an existing client, or an adverse party on some case.
 *
 * @param matchedOn what matched, e.g. "name and date of birth", "alias"
 * @param clientId the client (for CLIENT), or the client whose case names the adverse party
 * @param caseId null for CLIENT hits
 * @param partyRole null for CLIENT hits
 */
public record ConflictHit(
        Kind kind,
        String displayName,
        LocalDate dob,
        String matchedOn,
        long clientId,
        Long caseId,
        AdverseParty.Role partyRole) {

    public enum Kind { CLIENT, ADVERSE_PARTY }
}
