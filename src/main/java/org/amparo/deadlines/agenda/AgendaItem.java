package org.amparo.deadlines.agenda;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.amparo.screening.CourthouseRisk.Level;

/**
 * One dated thing on the calendar: a court date, an ICE check-in, a deadline the screening engine computed, or one
 * added by hand.
 *
 * @param key        unique and stable across loads (used as the .ics UID)
 * @param clientName the client's display name (shown in the app; kept out of exports unless asked)
 * @param caseNumber the client's open case number, or null
 * @param detail     court events: the {@code court_type} JSON value; check-ins: the check-in type or null;
 *                   deadlines: the deadline's label
 * @param place      courthouse or ICE office, or null
 * @param ref        court events and check-ins: the facts {@code ref}; computed deadlines: the {@code dl.*} rule id;
 *                   manual deadlines: the stored id
 * @param level      arrest risk of a court event or check-in under the rules in force; null for deadlines and past
 *                   events
 */
public record AgendaItem(String key, Kind kind, LocalDate date, long clientId, String clientName, String caseNumber,
                         String detail, String place, String ref, Level level) {

    /** What the item is. */
    public enum Kind { COURT_EVENT, ICE_CHECKIN, DEADLINE, MANUAL_DEADLINE }

    /** How soon it is, from {@code today}. */
    public enum Urgency { PASSED, WITHIN_7_DAYS, WITHIN_30_DAYS, LATER }

    public Urgency urgency(LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days < 0) {
            return Urgency.PASSED;
        }
        return days <= 7 ? Urgency.WITHIN_7_DAYS : days <= 30 ? Urgency.WITHIN_30_DAYS : Urgency.LATER;
    }

    /** Court dates and check-ins, which have an arrest risk. */
    public boolean isEvent() {
        return kind == Kind.COURT_EVENT || kind == Kind.ICE_CHECKIN;
    }
}
