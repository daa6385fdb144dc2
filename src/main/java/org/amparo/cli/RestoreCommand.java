package org.amparo.cli;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.amparo.backup.BackupException;
import org.amparo.backup.BackupOperations;
import org.amparo.backup.RestoreReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amparo restore}: replaces the vault with a verified backup, after backing up the current vault. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores the vault from a backup. The backup is checked completely and free space is "
                + "checked before anything is written; the current vault is backed up first (reason "
                + "BEFORE_RESTORE). Work done since the backup was made is lost: the report says how much.",
            "Prints a JSON report on stdout; exit 1 if the backup is damaged or the restore failed."})
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    VaultFolderOption vaultFolder;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Who signs in.")
    String user;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.ampbak).")
    Path file;

    @Spec
    CommandSpec spec;

    private final VaultOpener vaults;
    private final BackupOperations backups;

    @Inject
    RestoreCommand(VaultOpener vaults, BackupOperations backups) {
        this.vaults = vaults;
        this.backups = backups;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCodes.BAD_INPUT, file + ": no such file");
        }
        long start = System.nanoTime();
        RestoreReport report;
        try (VaultOpener.Session session = vaults.open(vaultFolder.dir(), user)) {
            report = backups.restore(file.toAbsolutePath(), step -> { });
        } catch (BackupException | org.amparo.security.AccessDeniedException e) {
            throw new CliException(ExitCodes.FAILED, e.getMessage(), e);
        }
        BackupJson.print(spec, BackupJson.restore(report, (System.nanoTime() - start) / 1e9));
        spec.commandLine().getErr().println("Restored " + file.getFileName() + " (made "
                + report.plan().backupCreatedAt() + "); the vault as it was is kept in "
                + report.snapshotBefore().file());
        return ExitCodes.OK;
    }
}
