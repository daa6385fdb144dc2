package org.amparo.cli;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.KeyRotationService;
import org.amparo.security.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code amparo rotate-key}: an administrator re-encrypts the vault's database under a new random key. */
@Command(name = "rotate-key", mixinStandardHelpOptions = true,
        description = {"Re-encrypts the vault's database under a new random key (administrators only).",
            "Makes a verified backup first. Every password and the recovery code keep working; the audit chain keeps"
                + " verifying. Prints a JSON report on stdout; exit 1 if the backup or the rotation failed (the vault"
                + " then still opens with its old key).",
            "The password comes from $AMPARO_PASSWORD or an interactive prompt, never an argument."})
public final class RotateKeyCommand implements Callable<Integer> {

    @Mixin
    VaultFolderOption vaultFolder;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "The administrator who signs in.")
    String user;

    @Spec
    CommandSpec spec;

    private final VaultOpener vaults;
    private final KeyRotationService rotation;

    @Inject
    RotateKeyCommand(VaultOpener vaults, KeyRotationService rotation) {
        this.vaults = vaults;
        this.rotation = rotation;
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (VaultOpener.Session session = vaults.open(vaultFolder.dir(), user)) {
            if (!rotation.mayRotate()) {
                throw new CliException(ExitCodes.FAILED, "only an administrator can rotate the database key");
            }
            spec.commandLine().getErr().println("Making a verified backup, then re-encrypting the database …");
            KeyRotationService.Rotated rotated = rotation.rotate();
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("command", "rotate-key");
            json.put("key_generation", rotated.generation());
            json.put("backup", rotated.backup().toString());
            json.put("seconds", Math.round(seconds * 10) / 10.0);
            BackupJson.print(spec, json);
            spec.commandLine().getErr().println("Database key rotated. Backup made first: " + rotated.backup());
            return ExitCodes.OK;
        } catch (AccessDeniedException e) {
            throw new CliException(ExitCodes.FAILED, e.getMessage(), e);
        } catch (VaultException e) {
            throw new CliException(ExitCodes.FAILED, e.getMessage(), e);
        }
    }
}
