package org.amparo.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.amparo.security.RecoveryCode;
import org.amparo.security.VaultException;
import org.amparo.security.VaultService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code amparo init}: creates a vault and its first administrator, and shows the recovery code once. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Creates a new vault and its first administrator; prints the recovery code once, on stderr.",
            "The password comes from $AMPARO_PASSWORD or an interactive prompt (asked twice), never an argument.",
            "Refuses to overwrite an existing vault."})
public final class InitCommand implements Callable<Integer> {

    @Mixin
    VaultFolderOption vaultFolder;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "The first administrator's name.")
    String user;


    @Spec
    CommandSpec spec;

    private final VaultService vault;
    private final PasswordInput passwords;

    @Inject
    InitCommand(VaultService vault, PasswordInput passwords) {
        this.vault = vault;
        this.passwords = passwords;
    }

    @Override
    public Integer call() {
        if (user.isBlank()) {
            throw new CliException(ExitCodes.BAD_INPUT, "--user must not be blank");
        }
        Path dir = vaultFolder.dir();
        if (vault.inspect(dir) == VaultService.VaultState.VAULT) {
            throw new CliException(ExitCodes.VAULT_NOT_OPENED, "a vault already exists at " + dir
                    + "; init never overwrites one");
        }
        char[] password = passwords.fromEnvironment().orElseGet(() -> {
            if (!passwords.canPrompt()) {
                throw new CliException(ExitCodes.BAD_INPUT, "no password: set AMPARO_PASSWORD or run init in a "
                        + "terminal to be asked (a password is never accepted as an argument)");
            }
            return passwords.prompt("New password for " + user, true);
        });
        try {
            RecoveryCode code = vault.create(dir, user, password);
            var err = spec.commandLine().getErr();
            err.println("Vault created at " + dir + " with administrator " + user + ".");
            err.println("Recovery code (shown only this once):");
            err.println("    " + code.value());
            err.println("Write it down and keep it somewhere safe, away from this computer. It opens the vault if every "
                    + "password is forgotten; anyone who has it can open the vault.");
            return ExitCodes.OK;
        } catch (VaultException e) {
            throw VaultErrors.toCli(e);
        } finally {
            Arrays.fill(password, '\0');
            vault.lock();
        }
    }
}
