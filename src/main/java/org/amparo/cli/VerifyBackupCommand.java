package org.amparo.cli;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.amparo.backup.BackupException;
import org.amparo.backup.BackupOperations;
import org.amparo.backup.BackupReport;
import org.amparo.backup.BackupSlots;
import org.amparo.security.VaultBackupAccess;
import org.amparo.security.VaultException;
import org.amparo.security.VaultKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amparo verify-backup}: a trial restore of one backup file into a temporary folder. Needs no vault: the key
 * comes from the backup's own copy of the key slots, with a password (or the recovery code) valid at backup time.
 */
@Command(name = "verify-backup", mixinStandardHelpOptions = true,
        description = {"Checks a backup completely by a trial restore into a temporary folder (deleted afterwards).",
            "Opens it with a password that was valid when the backup was made ($AMPARO_PASSWORD or a prompt), or "
                + "with --recovery-code (read the same way). No vault needs to be present.",
            "Prints a JSON report on stdout; exit 1 if the backup is damaged or incomplete."})
public final class VerifyBackupCommand implements Callable<Integer> {

    @Option(names = "--user", paramLabel = "NAME", description = "A user of the vault at backup time.")
    String user;

    @Option(names = "--recovery-code", description = "Open with the vault's recovery code instead of a password.")
    boolean recoveryCode;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.ampbak).")
    Path file;

    @Spec
    CommandSpec spec;

    private final BackupOperations backups;
    private final VaultBackupAccess access;
    private final PasswordInput passwords;

    @Inject
    VerifyBackupCommand(BackupOperations backups, VaultBackupAccess access, PasswordInput passwords) {
        this.backups = backups;
        this.access = access;
        this.passwords = passwords;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCodes.BAD_INPUT, file + ": no such file");
        }
        if (recoveryCode == (user != null)) {
            throw new CliException(ExitCodes.BAD_INPUT, "give either --user NAME or --recovery-code");
        }
        long start = System.nanoTime();
        byte[] slots;
        try {
            slots = BackupSlots.keySlotFile(file);
        } catch (BackupException e) {
            return failed(e.getMessage());
        }
        try (VaultKey key = unlock(slots)) {
            BackupReport report = backups.verify(file, key);
            BackupJson.print(spec, BackupJson.backup("verify-backup", report, (System.nanoTime() - start) / 1e9));
            spec.commandLine().getErr().println("Backup verified: " + file);
            return ExitCodes.OK;
        } catch (BackupException e) {
            return failed(e.getMessage());
        }
    }

    private int failed(String message) {
        BackupJson.print(spec, BackupJson.failed("verify-backup", file.toAbsolutePath().toString(), message));
        spec.commandLine().getErr().println("amparo: " + file + ": " + message);
        return ExitCodes.FAILED;
    }

    private VaultKey unlock(byte[] slots) {
        char[] secret = passwords.fromEnvironment().orElseGet(() -> {
            if (!passwords.canPrompt()) {
                throw new CliException(ExitCodes.BAD_INPUT, "no password: set AMPARO_PASSWORD or run the command in "
                        + "a terminal to be asked (a password is never accepted as an argument)");
            }
            return passwords.prompt(recoveryCode ? "Recovery code" : "Password for " + user, false);
        });
        try {
            return recoveryCode ? access.unlockWithRecoveryCode(slots, new String(secret))
                    : access.unlock(slots, user, secret);
        } catch (VaultException e) {
            throw VaultErrors.toCli(e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
