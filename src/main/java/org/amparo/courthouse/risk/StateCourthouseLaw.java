package org.amparo.courthouse.risk;

import java.time.LocalDate;

/**
 * A state law, court rule or directive restricting civil arrests at courthouses, as versioned data
 * ({@code resources/courthouse/state-laws.json}, LEGAL-REFERENCE §6.4). A null {@code effective} date means the
 * reference could not date it, and the engine does not apply it.
 *
 * @param state          2-letter code
 * @param authorityType  statute, court_rule, court_directive or county_order
 * @param protects       what it protects, in plain words
 * @param unverified     whether any part of the row is UNVERIFIED in the legal reference; {@code unverifiedNote}
 *                       names the part
 */
public record StateCourthouseLaw(String id, String state, String authorityType, LocalDate effective,
                                 String citation, String protects, boolean requiresJudicialWarrant,
                                 boolean unverified, String unverifiedNote) {

    /** Whether the law applies to an event in {@code state} on {@code date}. */
    public boolean appliesTo(String eventState, LocalDate date) {
        return effective != null && state.equalsIgnoreCase(eventState) && !date.isBefore(effective);
    }
}
