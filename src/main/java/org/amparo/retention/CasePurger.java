package org.amparo.retention;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.amparo.backup.BackupException;
import org.amparo.backup.BackupReason;
import org.amparo.backup.BackupReport;
import org.amparo.backup.BackupService;
import org.amparo.cases.CaseStatus;
import org.amparo.platform.db.Transactions;
import org.amparo.retention.data.PurgeRepository;
import org.amparo.retention.data.PurgeTarget;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditAction;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;

/**
 * The purge itself: checks, a verified backup, then one transaction over every case with an audit entry per case
 * (and per client removed). A dry run runs the same transaction and rolls it back, so its report is exactly what a
 * real purge would do.
 */
final class CasePurger {

    static final String ENTITY_CASE = "client_case";
    static final String ENTITY_NARRATIVES = "case_narratives";
    static final String ENTITY_CLIENT = "client";
    static final int MAX_REASON = 1000;

    private final Transactions transactions;
    private final AccessControl access;
    private final AuditLog audit;
    private final BackupService backups;
    private final PurgeRepository purges;
    private final Clock clock;

    CasePurger(Transactions transactions, AccessControl access, AuditLog audit, BackupService backups,
               PurgeRepository purges, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.audit = audit;
        this.backups = backups;
        this.purges = purges;
        this.clock = clock;
    }

    static DataKind kindOf(PurgeKind kind) {
        return kind == PurgeKind.WHOLE_CASE ? DataKind.CASE : DataKind.CASE_NOTE;
    }

    void auditSetting(String program) {
        audit.record(AuditAction.UPDATE, "retention_setting", program);
    }

    PurgeReport purge(List<Long> caseIds, PurgeKind kind, String reason, boolean dryRun) throws PurgeException {
        if (kind == null) {
            throw new PurgeException("Choose what to purge: the whole case or only its narratives.");
        }
        access.require(Action.PURGE, kindOf(kind));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new PurgeException("Give a reason for the purge (up to " + MAX_REASON + " characters).");
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(caseIds));
        if (ids.isEmpty()) {
            throw new PurgeException("No case was chosen, so nothing was purged.");
        }
        check(ids);
        if (dryRun) {
            return rehearse(ids, kind, why);
        }
        BackupReport backup = backupFirst();
        List<PurgedCase> done;
        try {
            done = run(ids, kind, why, true);
        } catch (IllegalStateException e) {
            throw new PurgeException(e.getMessage(), e);
        }
        return new PurgeReport(false, why, done, backup.file(), backup.createdAt(),
                BackupCaveat.rotatedOutFrom(backup.createdAt(), clock.getZone()));
    }

    private BackupReport backupFirst() throws PurgeException {
        try {
            return backups.backup(BackupReason.BEFORE_PURGE);
        } catch (BackupException e) {
            throw new PurgeException("Nothing was purged: the backup that must come first failed. "
                    + e.getMessage(), e);
        }
    }

    private void check(List<Long> ids) throws PurgeException {
        for (long id : ids) {
            PurgeTarget t = purges.find(id).orElseThrow(() -> new PurgeException("There is no case " + id
                    + "; nothing was purged."));
            if (t.status() != CaseStatus.CLOSED) {
                throw new PurgeException("Case " + t.caseNumber() + " is " + t.status().name().toLowerCase()
                        + ": only closed cases can be purged. Nothing was purged.");
            }
        }
    }

    private PurgeReport rehearse(List<Long> ids, PurgeKind kind, String why) {
        try {
            run(ids, kind, why, false);
            throw new IllegalStateException("a dry run must roll back");
        } catch (Rehearsed r) {
            return new PurgeReport(true, why, r.cases, null, null, null);
        }
    }

    private List<PurgedCase> run(List<Long> ids, PurgeKind kind, String why, boolean commit) {
        String user = access.current().name();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return transactions.inTransaction(() -> {
            List<PurgedCase> done = new ArrayList<>();
            for (long id : ids) {
                PurgeTarget t = purges.find(id).filter(c -> c.status() == CaseStatus.CLOSED)
                        .orElseThrow(() -> new IllegalStateException("Case " + id + " changed during the purge; "
                                + "nothing was purged."));
                done.add(purgeOne(t, kind, why, user, now, commit));
            }
            if (!commit) {
                throw new Rehearsed(done);
            }
            return done;
        });
    }

    private PurgedCase purgeOne(PurgeTarget t, PurgeKind kind, String why, String user, OffsetDateTime now,
                                boolean audited) {
        boolean alone = !purges.clientHasOtherCase(t);
        if (kind == PurgeKind.WHOLE_CASE) {
            purges.deleteCase(t, alone);
        } else {
            purges.blankNarratives(t, alone, user, now);
        }
        boolean clientRemoved = kind == PurgeKind.WHOLE_CASE && alone;
        if (audited) {
            purges.record(t, kind, clientRemoved, why, user, now);
            audit.record(AuditAction.PURGE, kind == PurgeKind.WHOLE_CASE ? ENTITY_CASE : ENTITY_NARRATIVES,
                    String.valueOf(t.caseId()));
            if (clientRemoved) {
                audit.record(AuditAction.PURGE, ENTITY_CLIENT, String.valueOf(t.clientId()));
            }
        }
        return new PurgedCase(t.caseId(), t.caseNumber(), kind, clientRemoved);
    }

    /** Carries a dry run's report out of the transaction it rolls back. */
    private static final class Rehearsed extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient List<PurgedCase> cases;

        Rehearsed(List<PurgedCase> cases) {
            super("dry run", null, false, false);
            this.cases = List.copyOf(cases);
        }
    }
}
