package org.amparo.security;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.amparo.platform.db.VaultDatabase;
import org.amparo.security.data.JooqAuditStore;

/**
 * The real vault with its audit chain, for tests: an {@link H2VaultService} on its own {@link VaultDatabase}, the
 * chain's store, log and monitor, and the session listener the test builds around the session-entry recorder.
 */
final class AuditedVault {

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    final VaultDatabase database = new VaultDatabase();
    final JooqAuditStore store = new JooqAuditStore(database);
    final H2VaultService vault;
    /** Set once the vault exists (the recorder reads them only when a session starts). */
    HmacAuditLog log;
    AuditMonitor monitor;

    /** @param listener the vault's session listener, given the recorder of the session's audit entries */
    AuditedVault(Function<AuditSessionRecorder, VaultSessionListener> listener) {
        AuditSessionRecorder recorder = new AuditSessionRecorder(() -> this.log, () -> database, () -> this.monitor);
        vault = new H2VaultService(database, H2VaultServiceTest.CHEAP, clock, listener.apply(recorder));
        log = new HmacAuditLog(vault, store, database);
        monitor = new AuditMonitor(new AuditVerifier(vault, store), store, log,
                TestSecurity.permitAll(H2VaultServiceTest.ADMIN, Role.ADMINISTRATOR, "main"), Optional.empty());
    }
}
