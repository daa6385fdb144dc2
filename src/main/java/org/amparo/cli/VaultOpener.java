package org.amparo.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import org.amparo.security.VaultException;
import org.amparo.security.VaultService;

/**
 * Opens the vault for a command that works inside one: finds the folder ({@code --db}, else {@code $AMPARO_HOME},
 * else the user data folder), takes the password from {@code $AMPARO_PASSWORD} or a no-echo prompt, and returns a
 * session whose {@code close()} locks the vault. Use it in try-with-resources.
 */
public final class VaultOpener {

    private final VaultService vault;
    private final PasswordInput passwords;

    @Inject
    VaultOpener(VaultService vault, PasswordInput passwords) {
        this.vault = vault;
        this.passwords = passwords;
    }

    /**
     * Opens the vault in folder {@code dir} as {@code user}.
     *
     * @throws CliException exit 2 for a blank user or no password source, exit 3 when the vault cannot be opened
     */
    public Session open(Path dir, String user) {
        if (user == null || user.isBlank()) {
            throw new CliException(ExitCodes.BAD_INPUT, "--user must not be blank");
        }
        char[] password = passwords.fromEnvironment().orElseGet(() -> {
            if (!passwords.canPrompt()) {
                throw new CliException(ExitCodes.BAD_INPUT, "no password: set AMPARO_PASSWORD or run the command in "
                        + "a terminal to be asked (a password is never accepted as an argument)");
            }
            return passwords.prompt("Password for " + user, false);
        });
        try {
            vault.open(dir, user, password);
            return new Session(vault);
        } catch (VaultException e) {
            vault.lock();
            throw VaultErrors.toCli(e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** An open vault; closing it locks the vault (safe to call more than once). */
    public static final class Session implements AutoCloseable {

        private final VaultService vault;

        private Session(VaultService vault) {
            this.vault = vault;
        }

        @Override
        public void close() {
            vault.lock();
        }
    }
}
