package org.amparo.security;

import jakarta.inject.Inject;
import org.amparo.backup.BackupException;
import org.amparo.backup.BackupReason;
import org.amparo.backup.BackupReport;
import org.amparo.backup.BackupService;
import org.amparo.platform.db.Transactions;
import org.amparo.security.VaultException.Reason;

/**
 * {@link KeyRotationService} over {@link H2VaultService}: checks the administrator's right ({@code MANAGE SETTINGS}),
 * makes a verified backup ({@link BackupReason#BEFORE_KEY_ROTATION}), rotates, and records {@code KEY_ROTATED} in the
 * audit chain of the new file (the entry names the vault's key generation, never key material).
 */
public final class DefaultKeyRotationService implements KeyRotationService {

    private final H2VaultService vault;
    private final AccessControl access;
    private final BackupService backups;
    private final AuditLog audit;
    private final Transactions transactions;

    @Inject
    public DefaultKeyRotationService(H2VaultService vault, AccessControl access, BackupService backups,
                                     AuditLog audit, Transactions transactions) {
        this.vault = vault;
        this.access = access;
        this.backups = backups;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public boolean mayRotate() {
        return vault.isOpen() && access.can(Action.MANAGE, DataKind.SETTINGS);
    }

    @Override
    public Rotated rotate() throws VaultException {
        access.require(Action.MANAGE, DataKind.SETTINGS);
        BackupReport backup;
        try {
            backup = backups.backup(BackupReason.BEFORE_KEY_ROTATION);
        } catch (BackupException e) {
            throw new VaultException(Reason.IO, "The database key was not changed: the backup that must come first"
                    + " could not be made. " + e.getMessage(), java.time.Duration.ZERO, e);
        }
        if (!backup.verified()) {
            throw new VaultException(Reason.IO, "The database key was not changed: the backup that must come first"
                    + " could not be verified.");
        }
        vault.rotateDatabaseKey(KeyRotation.StepHook.NONE);
        int generation = vault.generation();
        transactions.inTransaction(() -> audit.record(AuditAction.KEY_ROTATED, "vault-key",
                "generation-" + generation));
        return new Rotated(generation, backup.file());
    }
}
