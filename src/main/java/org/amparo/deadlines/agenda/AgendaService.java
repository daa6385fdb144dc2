package org.amparo.deadlines.agenda;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.amparo.courthouse.risk.PolicyLens;
import org.amparo.screening.CourthouseRisk;

/**
 * The calendar's contents: court dates and ICE check-ins of open cases' clients with their arrest risk, the deadlines
 * the screening engine computes for open cases, and deadlines added by hand. Blocking ({@link #between} screens every
 * open case, {@link #upcoming} reads stored results): call from a background task.
 */
public interface AgendaService {

    /** Riskiest first (SEVERE … LOW, then items without a level), then soonest. */
    Comparator<AgendaItem> RISKIEST_FIRST = Comparator
            .comparing((AgendaItem i) -> i.level() == null ? -1 : i.level().ordinal()).reversed()
            .thenComparing(AgendaItem::date).thenComparing(AgendaItem::key);

    /** Everything dated in {@code [from, to]}, by date; deadlines already met or done are left out. */
    List<AgendaItem> between(LocalDate from, LocalDate to, LocalDate today);

    /**
     * What is dated in {@code [today, today + days]} without screening every open case: events from the case store
     * (their risk assessed for those clients only, under the rules in force), each open case's stored next deadline
     * (from its latest screening), and undone deadlines added by hand. Cases never screened, or whose stored next
     * deadline has passed, are counted rather than re-screened.
     */
    UpcomingAgenda upcoming(LocalDate today, int days);

    /**
     * The arrest risk of a court date or check-in under a lens, with each factor and the safety plan; empty for
     * deadlines or when the event is no longer in the client's facts.
     */
    Optional<CourthouseRisk> risk(AgendaItem item, PolicyLens lens, LocalDate today);
}
