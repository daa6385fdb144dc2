package org.amparo.courthouse.risk;

/**
 * Under which federal rules an event is judged: the ones in force (the courthouse policy on the event's date, the
 * enforcement framework on the evaluation date), or as if the 2021 memo or the 2025 guidance applied on every date,
 * so an advocate can see what the change of policy does to the same hearing.
 */
public enum PolicyLens {
    /** The courthouse policy in force on the event's date and the framework in force on the evaluation date. */
    IN_FORCE(null, null),
    /** The April 2021 ICE/CBP courthouse memo with the 2021 Mayorkas enforcement priorities. */
    MEMO_2021("ice_cbp2021_courthouse", "dhs2021_mayorkas"),
    /** The May 2025 ICE courthouse memo with the January 2025 executive order's priorities. */
    GUIDANCE_2025("ice2025_courthouse_lyons", "eo14159_2025");

    private final String policyId;
    private final String frameworkId;

    PolicyLens(String policyId, String frameworkId) {
        this.policyId = policyId;
        this.frameworkId = frameworkId;
    }

    /** The federal courthouse policy pinned by this lens ({@code federal-policies.json} id), null for in force. */
    public String policyId() {
        return policyId;
    }

    /** The enforcement framework id ({@code resources/frameworks}) pinned by this lens, null for in force. */
    public String frameworkId() {
        return frameworkId;
    }
}
