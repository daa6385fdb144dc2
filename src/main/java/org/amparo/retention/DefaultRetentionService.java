package org.amparo.retention;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amparo.backup.BackupService;
import org.amparo.clients.StaleEditException;
import org.amparo.platform.db.Transactions;
import org.amparo.retention.data.CandidateRepository;
import org.amparo.retention.data.PurgeRepository;
import org.amparo.retention.data.PurgeTarget;
import org.amparo.retention.data.RetentionSettingRepository;
import org.amparo.security.AccessControl;
import org.amparo.security.Action;
import org.amparo.security.AuditLog;
import org.amparo.security.DataKind;

/**
 * {@link RetentionService} over the open vault. A purge is never silent: the scheduled list is only offered, and a
 * person confirms it (see {@code retention.ui.ScheduledPurgePrompt}).
 */
public final class DefaultRetentionService implements RetentionService {

    /** The rule shown for a program that has none yet (not saved, so nothing is due until an administrator saves). */
    public static final int DEFAULT_MONTHS = 84;

    private final Transactions transactions;
    private final AccessControl access;
    private final RetentionSettingRepository settings;
    private final CandidateRepository candidates;
    private final CasePurger purger;
    private final PurgeRepository purges;

    @Inject
    public DefaultRetentionService(Transactions transactions, AccessControl access, AuditLog audit,
                                   BackupService backups, RetentionSettingRepository settings,
                                   CandidateRepository candidates, PurgeRepository purges) {
        this(transactions, access, audit, backups, settings, candidates, purges, Clock.systemDefaultZone());
    }

    public DefaultRetentionService(Transactions transactions, AccessControl access, AuditLog audit,
                                   BackupService backups, RetentionSettingRepository settings,
                                   CandidateRepository candidates, PurgeRepository purges, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.settings = settings;
        this.candidates = candidates;
        this.purges = purges;
        this.purger = new CasePurger(transactions, access, audit, backups, purges, clock);
    }

    @Override
    public List<RetentionSetting> settings() {
        access.require(Action.READ, DataKind.SETTINGS);
        Map<String, RetentionSetting> byProgram = new TreeMap<>();
        settings.knownPrograms().forEach(p -> byProgram.put(p,
                RetentionSetting.draft(p, DEFAULT_MONTHS, PurgeKind.WHOLE_CASE, false)));
        settings.all().forEach(s -> byProgram.put(s.program(), s));
        return List.copyOf(byProgram.values());
    }

    @Override
    public RetentionSetting saveSetting(RetentionSetting setting) throws StaleEditException {
        access.require(Action.UPDATE, DataKind.SETTINGS);
        String user = access.current().name();
        RetentionSetting saved = transactions.inTransaction(() -> settings.save(setting, user).map(s -> {
            purger.auditSetting(s.program());
            return s;
        }).orElse(null));
        if (saved == null) {
            throw new StaleEditException("The retention rule of program " + setting.program()
                    + " was changed by someone else since it was opened; reopen it and try again.");
        }
        return saved;
    }

    @Override
    public List<PurgeCandidate> preview(LocalDate asOf) {
        access.require(Action.PURGE, DataKind.CASE_NOTE);
        Map<String, RetentionSetting> rules = new TreeMap<>();
        settings.all().forEach(s -> rules.put(s.program(), s));
        List<PurgeCandidate> out = new ArrayList<>();
        for (RetentionCandidate c : candidates.closedCases(asOf)) {
            RetentionSetting rule = rules.get(c.program());
            RetentionVerdict verdict = RetentionPolicy.decide(c, rule, asOf);
            LocalDate dueOn = rule == null || c.closedOn() == null ? null : RetentionPolicy.dueOn(c.closedOn(), rule);
            out.add(new PurgeCandidate(c.caseId(), c.caseNumber(), c.program(), c.closedOn(), dueOn,
                    rule == null ? null : rule.kind(), verdict,
                    verdict == RetentionVerdict.HELD_UPCOMING_DATE ? c.nextDate() : null));
        }
        out.sort(Comparator.comparing((PurgeCandidate p) -> !p.due())
                .thenComparing(PurgeCandidate::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PurgeCandidate::caseNumber));
        return out;
    }

    @Override
    public List<PurgeCandidate> scheduledDue(LocalDate asOf) {
        if (!canPurge(PurgeKind.WHOLE_CASE) && !canPurge(PurgeKind.NARRATIVES)) {
            return List.of();
        }
        LinkedHashSet<String> scheduled = new LinkedHashSet<>();
        settings.all().stream().filter(RetentionSetting::scheduled).forEach(s -> scheduled.add(s.program()));
        return preview(asOf).stream().filter(p -> p.due() && scheduled.contains(p.program())
                && canPurge(p.kind())).toList();
    }

    @Override
    public long caseIdOf(String caseNumber) throws PurgeException {
        access.require(Action.PURGE, DataKind.CASE_NOTE);
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new PurgeException("Give a case number.");
        }
        return purges.findByNumber(caseNumber).map(PurgeTarget::caseId)
                .orElseThrow(() -> new PurgeException("There is no case numbered " + caseNumber.strip() + "."));
    }

    @Override
    public boolean canManageRules() {
        return access.can(Action.UPDATE, DataKind.SETTINGS);
    }

    @Override
    public boolean canPurge(PurgeKind kind) {
        return access.can(Action.PURGE, CasePurger.kindOf(kind));
    }

    @Override
    public PurgeReport purge(List<Long> caseIds, PurgeKind kind, String reason, boolean dryRun)
            throws PurgeException {
        return purger.purge(caseIds, kind, reason, dryRun);
    }
}
