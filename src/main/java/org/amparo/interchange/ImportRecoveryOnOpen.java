package org.amparo.interchange;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.amparo.security.VaultOpenTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the vault opens, before any client is shown, removes what imports cut short by a crash stored
 * ({@link ImportService#recoverInterrupted}). The service comes through a provider: it needs the vault itself.
 */
final class ImportRecoveryOnOpen implements VaultOpenTask {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRecoveryOnOpen.class);

    private final Provider<ImportService> imports;

    @Inject
    ImportRecoveryOnOpen(Provider<ImportService> imports) {
        this.imports = imports;
    }

    @Override
    public void vaultOpened(String user) {
        int removed = imports.get().recoverInterrupted();
        if (removed > 0) {
            LOG.info("Removed {} clients of an import a crash cut short", removed);
        }
    }
}
