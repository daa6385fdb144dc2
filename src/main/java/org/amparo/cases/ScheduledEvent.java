package org.amparo.cases;

import java.time.LocalDate;

/**
 * A court date or ICE check-in from some client's facts, as the calendar lists it.
 *
 * @param ref the event's {@code ref} within the client's facts ({@code court_events[].ref} or {@code ice_checkins[].ref})
 * @param place the courthouse or ICE office
 * @param courtType for court events, the {@code court_type} JSON value; null for check-ins
 */
public record ScheduledEvent(long clientId, String clientDisplayName, String ref, Kind kind, LocalDate date,
        String place, String courtType, String county, String state) {

    public enum Kind { COURT_EVENT, ICE_CHECKIN }
}
