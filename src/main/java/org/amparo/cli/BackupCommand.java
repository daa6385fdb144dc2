package org.amparo.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.amparo.backup.BackupException;
import org.amparo.backup.BackupOperations;
import org.amparo.backup.BackupReason;
import org.amparo.backup.BackupReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code amparo backup}: an encrypted backup of the vault, verified by a trial restore. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Makes an encrypted backup of the vault and verifies it by a trial restore.",
            "Default folder: 'backups' inside the vault folder (retention applies there: 14 daily, 8 weekly, "
                + "12 monthly). Prints a JSON report on stdout; exit 1 if the backup could not be made or verified.",
            "The password comes from $AMPARO_PASSWORD or an interactive prompt, never an argument."})
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    VaultFolderOption vaultFolder;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Who signs in.")
    String user;

    @Option(names = "--to", paramLabel = "DIR", description = "Folder for the backup (default: the vault's backups).")
    Path to;

    @Spec
    CommandSpec spec;

    private final VaultOpener vaults;
    private final BackupOperations backups;

    @Inject
    BackupCommand(VaultOpener vaults, BackupOperations backups) {
        this.vaults = vaults;
        this.backups = backups;
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        BackupReport report;
        try (VaultOpener.Session session = vaults.open(vaultFolder.dir(), user)) {
            Path folder = to == null ? backups.defaultFolder() : to.toAbsolutePath().normalize();
            spec.commandLine().getErr().println("Backing up to " + folder + " …");
            report = backups.backupTo(folder, BackupReason.MANUAL, step -> spec.commandLine().getErr()
                    .printf("  %-14s %6.1f s%n", step.name().toLowerCase(java.util.Locale.ROOT),
                            (System.nanoTime() - start) / 1e9));
        } catch (BackupException e) {
            throw new CliException(ExitCodes.FAILED, e.getMessage(), e);
        }
        BackupJson.print(spec, BackupJson.backup("backup", report, (System.nanoTime() - start) / 1e9));
        spec.commandLine().getErr().println("Backup verified: " + report.file());
        return ExitCodes.OK;
    }
}
