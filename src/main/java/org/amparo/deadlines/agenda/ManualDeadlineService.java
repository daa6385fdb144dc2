package org.amparo.deadlines.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amparo.clients.StaleEditException;

/**
 * Deadlines advocates add by hand. Reading needs {@code READ CASE}, changes {@code CREATE}/{@code UPDATE}/{@code DELETE CASE},
 * audited with the change. Blocking: call from a background task.
 */
public interface ManualDeadlineService {

    /** Deadlines due in {@code [from, to]}, done ones included, by date. */
    List<ManualDeadline> between(LocalDate from, LocalDate to);

    List<ManualDeadline> ofClient(long clientId);

    /** The deadline with this id, if it still exists. */
    Optional<ManualDeadline> find(long id);

    /**
     * Adds ({@code id == null}) or updates a deadline (date, label, done).
     *
     * @throws IllegalArgumentException for a blank label or no date
     */
    ManualDeadline save(ManualDeadline deadline) throws StaleEditException;

    /**
     * Removes a deadline ({@code DELETE CASE}, audited).
     *
     * @throws StaleEditException when someone changed or removed it since {@code version}
     */
    void delete(long id, int version) throws StaleEditException;
}
