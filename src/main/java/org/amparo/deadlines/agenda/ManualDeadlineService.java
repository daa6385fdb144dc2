package org.amparo.deadlines.agenda;

import java.time.LocalDate;
import java.util.List;
import org.amparo.clients.StaleEditException;

/**
 * Deadlines advocates add by hand. Reading needs {@code READ CASE}, changes {@code CREATE}/{@code UPDATE CASE},
 * audited with the change. Blocking: call from a background task.
 */
public interface ManualDeadlineService {

    /** Deadlines due in {@code [from, to]}, done ones included, by date. */
    List<ManualDeadline> between(LocalDate from, LocalDate to);

    List<ManualDeadline> ofClient(long clientId);

    /**
     * Adds ({@code id == null}) or updates a deadline (date, label, done).
     *
     * @throws IllegalArgumentException for a blank label or no date
     */
    ManualDeadline save(ManualDeadline deadline) throws StaleEditException;
}
