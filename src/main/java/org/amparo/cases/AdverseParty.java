package org.amparo.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * Someone the case is against or about: an abuser, trafficker or exploiting employer. Stored so the conflict check
 * can warn when she (or he) later appears as a client, and so summaries can leave them out.
 *
 * @param relationship free text in the advocate's words ("former husband")
 */
public record AdverseParty(
        Long id,
        long caseId,
        Role role,
        String givenName,
        String familyName,
        List<String> aliases,
        LocalDate dob,
        String relationship,
        int version) {

    public AdverseParty {
        aliases = List.copyOf(aliases);
    }

    /** What the party did or is to the client. */
    public enum Role { ABUSER, TRAFFICKER, EMPLOYER, PERPETRATOR, OTHER }
}
