package org.amparo.cases;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.amparo.security.VaultOpenTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the vault opens, before any case is shown, puts right what a crash left of re-screens
 * ({@link CaseService#recoverInterruptedRuns}): a run stored part way no longer shows anywhere, and a completed run
 * whose pointer moves were cut short becomes every one of its cases' latest screening. The service comes through a
 * provider: it needs the vault itself.
 */
final class ScreeningRecoveryOnOpen implements VaultOpenTask {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningRecoveryOnOpen.class);

    private final Provider<CaseService> cases;

    @Inject
    ScreeningRecoveryOnOpen(Provider<CaseService> cases) {
        this.cases = cases;
    }

    @Override
    public void vaultOpened(String user) {
        int runs = cases.get().recoverInterruptedRuns();
        if (runs > 0) {
            LOG.info("Put right {} re-screen runs a crash cut short", runs);
        }
    }
}
