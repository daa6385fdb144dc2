package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.amparo.platform.db.VaultDatabase;
import org.amparo.security.AuditVerification.Status;
import org.amparo.security.data.JooqAuditStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real vault writes the session entries: sign-in at creation, lock, failed attempts (counted while the vault was
 * closed, written at the next success), unlock, panic lock, sign-out; and the chain they form verifies.
 */
class AuditSessionEntriesTest {

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final VaultDatabase database = new VaultDatabase();
    private final JooqAuditStore store = new JooqAuditStore(database);
    private HmacAuditLog log;
    private AuditMonitor monitor;
    private final AuditSessionRecorder recorder = new AuditSessionRecorder(() -> log, () -> database,
            () -> monitor);
    private final H2VaultService vault = new H2VaultService(database, H2VaultServiceTest.CHEAP, clock, recorder);

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
    void sessionsLeaveSignInFailureLockUnlockAndSignOutEntries() throws Exception {
        Path dir = temp.resolve("vault");
        String admin = H2VaultServiceTest.ADMIN;
        vault.create(dir, admin, H2VaultServiceTest.PASSWORD);
        vault.lock(LockReason.LOCK);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> vault.open(dir, admin, "wrong-password-1".toCharArray()))
                    .isInstanceOf(VaultException.class);
            clock.advance(Duration.ofMinutes(2));
        }
        vault.open(dir, admin, H2VaultServiceTest.PASSWORD);
        vault.lock(LockReason.PANIC);
        vault.open(dir, admin, H2VaultServiceTest.PASSWORD);
        vault.lock();
        vault.open(dir, admin, H2VaultServiceTest.PASSWORD);

        List<AuditEntry> entries = store.page(0, 100);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("SIGN_IN", "LOCK", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "UNLOCK", "PANIC_LOCK", "UNLOCK", "SIGN_OUT", "SIGN_IN");
        assertThat(entries).extracting(AuditEntry::actor).containsExactly(admin, admin, HmacAuditLog.UNKNOWN_ACTOR,
                HmacAuditLog.UNKNOWN_ACTOR, admin, admin, admin, admin, admin);
        assertThat(entries).extracting(AuditEntry::entityId).containsOnlyNulls();
        assertThat(monitor.awaitBackgroundCheck(Duration.ofMinutes(1)).map(AuditVerification::status))
                .contains(Status.INTACT);
        assertThat(monitor.alertForCurrentUser()).isFalse();
    }

    @Test
    void aRecoveryCodeOpenWritesTheFailuresBeforeIt() throws Exception {
        Path dir = temp.resolve("vault");
        RecoveryCode code = vault.create(dir, H2VaultServiceTest.ADMIN, H2VaultServiceTest.PASSWORD);
        vault.lock();
        assertThatThrownBy(() -> vault.open(dir, "Nadie Ejemplo", "wrong-password-1".toCharArray()))
                .isInstanceOf(VaultException.class);
        clock.advance(Duration.ofMinutes(2));
        vault.openWithRecoveryCode(dir, code.value());

        assertThat(store.page(0, 100)).extracting(AuditEntry::action)
                .containsExactly("SIGN_IN", "SIGN_OUT", "SIGN_IN_FAILED", "SIGN_IN");
        assertThat(store.newest().orElseThrow().actor()).isEqualTo(H2VaultService.RECOVERY_USER);
    }

    @Test
    void aTamperedLogIsReportedToTheAdministratorAfterUnlock() throws Exception {
        Path dir = temp.resolve("vault");
        vault.create(dir, H2VaultServiceTest.ADMIN, H2VaultServiceTest.PASSWORD);
        log.record(AuditAction.EXPORT, "CASE", "2026-0001");
        log.record(AuditAction.PRINT, "CASE", "2026-0001");
        database.dsl().execute("DELETE FROM audit_log WHERE seq = 2");
        vault.lock(LockReason.LOCK);

        vault.open(dir, H2VaultServiceTest.ADMIN, H2VaultServiceTest.PASSWORD);

        Optional<AuditVerification> check = monitor.awaitBackgroundCheck(Duration.ofMinutes(1));
        assertThat(check.flatMap(AuditVerification::firstBreak))
                .contains(new AuditVerification.Break(2, TamperKind.DELETED));
        assertThat(monitor.alertForCurrentUser()).isTrue();
        assertThat(monitor.verifyNow().tampered()).isTrue();
    }
}
