package org.amparo.courthouse.risk;

import java.time.LocalDate;

/**
 * A federal courthouse-enforcement policy as versioned data ({@code resources/courthouse/federal-policies.json},
 * LEGAL-REFERENCE §6.1–6.3). In force on {@code [effectiveFrom, effectiveTo)}; a null bound is open.
 *
 * @param points                    what the policy itself adds to (or, negative, takes from) the score
 * @param limitedToExceptions       courthouse arrests only in a few exceptional situations (2021 memo)
 * @param avoidsNoncriminalCourts   "generally avoid" family, small-claims and other non-criminal courts
 * @param companionsMayBeArrested   companions and witnesses may be arrested case by case
 * @param nonTargetsGenerallySpared companions and witnesses generally not subject to enforcement
 * @param checksStateLaw            officers must check that state or local law does not preclude the arrest
 * @param unverifiedNote            the part the legal reference marks UNVERIFIED, or null
 */
public record FederalCourthousePolicy(String id, String factorId, String title, String citation,
                                      LocalDate effectiveFrom, LocalDate effectiveTo, int points,
                                      boolean limitedToExceptions, boolean avoidsNoncriminalCourts,
                                      boolean companionsMayBeArrested, boolean nonTargetsGenerallySpared,
                                      boolean checksStateLaw, String unverifiedNote) {

    /** Whether the policy is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || date.isBefore(effectiveTo));
    }
}
