package org.amparo.courthouse;

import org.amparo.facts.FactsDocument;

/**
 * Fills a stored client's facts with what the vault knows about places: each court event's
 * {@code county_287g_models} from the 287(g) snapshot in force and {@code recent_ice_activity_reports} from the
 * ICE-activity reports logged for its courthouse in the 90 days before the document's {@code as_of} (today if unset).
 * Values the document already gives are kept.
 */
public interface CourthouseFacts {

    FactsDocument withLocalData(FactsDocument facts);

    /**
     * The same filling for one long pass over many clients (a re-screen of the caseload): what it reads about a
     * county's 287(g) agreements or a courthouse's reports is read once and reused for the rest of the pass, rather
     * than queried again for every client with a hearing there. For one pass only: it does not see reports logged
     * meanwhile.
     */
    default CourthouseFacts forOnePass() {
        return this;
    }
}
