package org.amparo.facts;

import java.util.EnumSet;
import java.util.Set;

/** Where a fact came from ({@code facts_sources}). */
public enum FactSource {
    client, advocate, document, abuser, perpetrator, trafficker, agency;

    /** Sources that 8 U.S.C. 1367(a)(1) bars as the sole basis of an adverse decision. */
    public static final Set<FactSource> ADVERSE_PARTIES = EnumSet.of(abuser, perpetrator, trafficker);

    public boolean isAdverseParty() {
        return ADVERSE_PARTIES.contains(this);
    }
}
