package org.amparo.deadlines.agenda;

import java.util.List;

/**
 * The home screen's look ahead, read from stored screening results rather than by screening every case.
 *
 * @param items       court dates and check-ins (with their risk), each open case's stored next deadline, and
 *                    deadlines added by hand, by date
 * @param notScreened open cases with no stored screening: their computed deadlines are unknown until re-screened
 * @param outdated    open cases whose stored next deadline has passed: the one after it is unknown until re-screened
 */
public record UpcomingAgenda(List<AgendaItem> items, int notScreened, int outdated) {

    public UpcomingAgenda {
        items = List.copyOf(items);
    }
}
