package org.amparo.courthouse;

import java.time.LocalDate;
import java.util.List;
import org.amparo.clients.StaleEditException;

/**
 * Courthouses (filed under their jurisdiction) and the ICE-activity reports advocates log for them. Reference data:
 * reading needs {@code READ REFERENCE_DATA}, changes {@code CREATE}/{@code UPDATE REFERENCE_DATA}, each audited in
 * the transaction of the change. Blocking: call from a background task.
 */
public interface CourthouseService {

    /** Every jurisdiction that has a courthouse, by state then county. */
    List<Jurisdiction> jurisdictions();

    /** Every courthouse, by state, county and name. */
    List<Courthouse> courthouses();

    /**
     * Saves a new courthouse ({@code id == null}; its jurisdiction is created when new) or updates one.
     *
     * @throws IllegalArgumentException for a blank name, a state that is not a 2-letter US code, or a blank county
     * @throws StaleEditException when someone saved it since {@code courthouse.version()}
     */
    Courthouse saveCourthouse(Courthouse courthouse) throws StaleEditException;

    /** The reports logged for a courthouse, newest observation first. */
    List<IceActivityReport> reports(long courthouseId);

    /**
     * Logs a new report ({@code id == null}: who and when are filled in) or updates one (what was seen, source,
     * verified).
     *
     * @throws IllegalArgumentException for a blank description or source, or a date after {@code today}
     */
    IceActivityReport saveReport(IceActivityReport report, LocalDate today) throws StaleEditException;

    /**
     * Reports, verified or not, observed in the 90 days up to {@code asOf} (from {@code asOf − 89 days} through
     * {@code asOf}) at the courthouse a court event names: same state, the county matched as
     * {@link Ice287gService#modelsFor} matches it, the name ignoring case and spacing. Null when no such courthouse
     * is on file (unknown, not zero).
     */
    Integer recentReportCount(String state, String county, String courthouseName, LocalDate asOf);
}
