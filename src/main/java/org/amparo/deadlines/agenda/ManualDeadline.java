package org.amparo.deadlines.agenda;

import java.time.LocalDate;

/**
 * A deadline an advocate adds by hand (a filing date a court set, a document to collect).
 *
 * @param id     null before it is first saved
 * @param caseId the case it belongs to, or null for the client as a whole
 * @param label  what is due (shown in the calendar; keep names out of it)
 */
public record ManualDeadline(Long id, long clientId, Long caseId, LocalDate dueOn, String label, boolean done,
                             int version) {
}
