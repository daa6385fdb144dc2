package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.amparo.platform.db.VaultDatabase;
import org.amparo.security.data.JooqAuditStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tasks run at each open of the real vault: after the session's audit entry, and never keeping the vault shut. */
class SessionListenersTest {

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final VaultDatabase database = new VaultDatabase();
    private final JooqAuditStore store = new JooqAuditStore(database);
    private final List<String> ran = new ArrayList<>();
    private HmacAuditLog log;
    private AuditMonitor monitor;
    private final VaultOpenTask failing = user -> {
        throw new IllegalStateException("a task failed (test)");
    };
    private final VaultOpenTask recording = user -> ran.add(user + " after "
            + store.page(0, 100).stream().map(AuditEntry::action).toList());
    private final SessionListeners listeners = new SessionListeners(
            new AuditSessionRecorder(() -> log, () -> database, () -> monitor),
            () -> new LinkedHashSet<>(List.of(failing, recording)));
    private final H2VaultService vault = new H2VaultService(database, H2VaultServiceTest.CHEAP, clock, listeners);

    {
        log = new HmacAuditLog(vault, store, database);
        monitor = new AuditMonitor(new AuditVerifier(vault, store), store, log,
                TestSecurity.permitAll(H2VaultServiceTest.ADMIN, Role.ADMINISTRATOR, "main"), Optional.empty());
    }

    @AfterEach
    void lockEverything() {
        vault.lock();
    }

    @Test
    void everyOpenRunsTheTasksAfterItsSignInEntryEvenWhenOneFails() throws Exception {
        Path dir = temp.resolve("vault");
        String admin = H2VaultServiceTest.ADMIN;
        vault.create(dir, admin, H2VaultServiceTest.PASSWORD);
        vault.lock();

        vault.open(dir, admin, H2VaultServiceTest.PASSWORD);

        assertThat(vault.isOpen()).isTrue();
        assertThat(ran).containsExactly(admin + " after [SIGN_IN]", admin + " after [SIGN_IN, SIGN_OUT, SIGN_IN]");
    }
}
