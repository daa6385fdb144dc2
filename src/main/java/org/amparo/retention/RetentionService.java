package org.amparo.retention;

import java.time.LocalDate;
import java.util.List;
import org.amparo.clients.StaleEditException;

/**
 * Retention rules per program and purges of closed cases. Every method checks the signed-in user's permissions:
 * rules need settings rights (administrators); previews and purges need the purge right (administrators and
 * attorneys). Every purge is preceded by a verified backup and runs in one transaction with an audit entry per case.
 * Blocking: call from a background task.
 */
public interface RetentionService {

    /** Every program's rule, plus an unsaved default for each known program without one, by program. */
    List<RetentionSetting> settings();

    /** Saves a program's rule; a rule changed by someone else since it was read is refused. */
    RetentionSetting saveSetting(RetentionSetting setting) throws StaleEditException;

    /** Every closed case with its verdict as of {@code asOf} (due ones first, then by due date). */
    List<PurgeCandidate> preview(LocalDate asOf);

    /** The cases due as of {@code asOf} under programs whose schedule is on (empty if the user may not purge). */
    List<PurgeCandidate> scheduledDue(LocalDate asOf);

    /** The id of the case numbered {@code caseNumber} (purge right required; the client is never named). */
    long caseIdOf(String caseNumber) throws PurgeException;

    /** Whether the signed-in user may change retention rules (administrators). */
    boolean canManageRules();

    /** Whether the signed-in user may purge {@code kind}. */
    boolean canPurge(PurgeKind kind);

    /**
     * Purges {@code kind} from each closed case: a backup first (no backup, no purge), then one transaction. Only
     * closed cases can be purged (an intake or open case is refused, and nothing is purged).
     *
     * @param reason why (kept with the purge record, never in the audit log); required
     * @param dryRun when true, checks everything and reports what would be purged, changes nothing, makes no backup
     * @throws PurgeException with a message fit to show when the backup failed or a case cannot be purged
     */
    PurgeReport purge(List<Long> caseIds, PurgeKind kind, String reason, boolean dryRun) throws PurgeException;
}
