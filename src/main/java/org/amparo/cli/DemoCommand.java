package org.amparo.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.amparo.cases.DemoCases;
import org.amparo.clients.DemoDataService;
import org.amparo.security.VaultException;
import org.amparo.security.VaultService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code amparo demo}: a new vault (user {@code demo}) filled with synthetic, obviously fictional clients. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Creates a vault filled with synthetic, obviously fictional clients (user 'demo').",
            "Password: $AMPARO_PASSWORD, else the documented demo password '" + DemoCommand.DEFAULT_PASSWORD + "'."})
public final class DemoCommand implements Callable<Integer> {

    static final String DEMO_USER = DemoDataService.DEMO_USER;
    static final String DEFAULT_PASSWORD = DemoDataService.DEMO_PASSWORD;
    private static final int PROGRESS_EVERY = 5000;

    @Mixin
    VaultFolderOption vaultFolder;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "500", description = "How many clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed for the synthetic data (default ${DEFAULT-VALUE}).")
    long seed;


    @Spec
    CommandSpec spec;

    /** Synthetic cases with facts covering the screening paths, beside the clients (who have none). */
    static final int DEMO_CASES = 60;

    private final VaultService vault;
    private final DemoDataService demo;
    private final PasswordInput passwords;
    private final DemoCases demoCases;

    @Inject
    DemoCommand(VaultService vault, DemoDataService demo, PasswordInput passwords, DemoCases demoCases) {
        this.vault = vault;
        this.demo = demo;
        this.demoCases = demoCases;
        this.passwords = passwords;
    }

    @Override
    public Integer call() {
        if (clients < 0) {
            throw new CliException(ExitCodes.BAD_INPUT, "--clients must be 0 or more");
        }
        var err = spec.commandLine().getErr();
        Path dir = vaultFolder.dir();
        char[] password = passwords.fromEnvironment().orElseGet(() -> {
            err.println("Using the demo password '" + DEFAULT_PASSWORD + "' (this vault holds only fictional data; "
                    + "set AMPARO_PASSWORD to choose another).");
            return DEFAULT_PASSWORD.toCharArray();
        });
        try {
            vault.create(dir, DEMO_USER, password);
            int cases = Math.min(clients, DEMO_CASES);
            int plain = clients - cases;
            err.println("Writing " + clients + " synthetic clients to " + dir + " (" + cases
                    + " of them with cases and facts) …");
            demo.fill(plain, seed, n -> {
                if (n % PROGRESS_EVERY == 0 || n == plain) {
                    err.println("  " + n + " / " + clients);
                }
            });
            demoCases.add(cases, seed);
            err.println("  " + clients + " / " + clients);
            err.println("Demo vault ready: sign in as '" + DEMO_USER + "'.");
            return ExitCodes.OK;
        } catch (VaultException e) {
            throw VaultErrors.toCli(e);
        } catch (org.amparo.clients.StaleEditException e) {
            throw new CliException(ExitCodes.FAILED, "The demo cases could not be written: " + e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
            vault.lock();
        }
    }
}
