package org.amparo.screening.rescreen;

import org.amparo.facts.FactsDocument;

/** The re-screen fixtures' facts for tests in other packages. */
public final class RescreenFixturesAccess {

    private RescreenFixturesAccess() {
    }

    /** See {@code RescreenFixtures.overstay}: NOT_PRIORITY under Mayorkas, REMOVABLE_UNLISTED under EO 14159. */
    public static FactsDocument overstay() {
        return RescreenFixtures.overstay("demo-overstay");
    }
}
