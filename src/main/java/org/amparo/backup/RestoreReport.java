package org.amparo.backup;

/** A restore as done: its plan (the lost window) and the backup of the vault taken just before it. */
public record RestoreReport(RestorePlan plan, BackupReport snapshotBefore) {
}
