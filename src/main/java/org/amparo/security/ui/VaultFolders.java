package org.amparo.security.ui;

import jakarta.inject.Inject;
import java.nio.file.Path;
import org.amparo.bootstrap.AppDirectories;

/**
 * Where the organisation's vault lives ({@code $AMPARO_HOME} or the platform's data folder) and where the demo vault
 * lives: a separate folder beside it ({@code <vault>-demo}), so demo data never mixes with real clients.
 */
public final class VaultFolders {

    private final Path vault;

    @Inject
    public VaultFolders() {
        this(AppDirectories.vaultDir(null));
    }

    public VaultFolders(Path vault) {
        this.vault = vault.toAbsolutePath().normalize();
    }

    public Path vault() {
        return vault;
    }

    public Path demo() {
        return vault.resolveSibling(vault.getFileName() + "-demo");
    }
}
