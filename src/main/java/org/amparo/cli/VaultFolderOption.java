package org.amparo.cli;

import java.nio.file.Path;
import org.amparo.bootstrap.AppDirectories;
import picocli.CommandLine.Option;

/** {@code --db DIR}, shared by every command that works on a vault (use with {@code @Mixin}). */
public final class VaultFolderOption {

    @Option(names = "--db", paramLabel = "DIR", description = "Vault folder (default: $AMPARO_HOME or the user data folder).")
    Path db;

    /** {@code --db}, else {@code $AMPARO_HOME}, else the platform's user data folder. */
    Path dir() {
        return AppDirectories.vaultDir(db);
    }
}
