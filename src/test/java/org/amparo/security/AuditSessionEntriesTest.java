package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.amparo.security.AuditVerification.Status;
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

    private final AuditedVault audited = new AuditedVault(recorder -> recorder);
    private final H2VaultService vault = audited.vault;

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
            audited.clock.advance(Duration.ofMinutes(2));
        }
        vault.open(dir, admin, H2VaultServiceTest.PASSWORD);
        vault.lock(LockReason.PANIC);
        vault.open(dir, admin, H2VaultServiceTest.PASSWORD);
        vault.lock();
        vault.open(dir, admin, H2VaultServiceTest.PASSWORD);

        List<AuditEntry> entries = audited.store.page(0, 100);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("SIGN_IN", "LOCK", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "UNLOCK", "PANIC_LOCK", "UNLOCK", "SIGN_OUT", "SIGN_IN");
        assertThat(entries).extracting(AuditEntry::actor).containsExactly(admin, admin, HmacAuditLog.UNKNOWN_ACTOR,
                HmacAuditLog.UNKNOWN_ACTOR, admin, admin, admin, admin, admin);
        assertThat(entries).extracting(AuditEntry::entityId).containsOnlyNulls();
        assertThat(audited.monitor.awaitBackgroundCheck(Duration.ofMinutes(1)).map(AuditVerification::status))
                .contains(Status.INTACT);
        assertThat(audited.monitor.alertForCurrentUser()).isFalse();
    }

    @Test
    void aRecoveryCodeOpenWritesTheFailuresBeforeIt() throws Exception {
        Path dir = temp.resolve("vault");
        RecoveryCode code = vault.create(dir, H2VaultServiceTest.ADMIN, H2VaultServiceTest.PASSWORD);
        vault.lock();
        assertThatThrownBy(() -> vault.open(dir, "Nadie Ejemplo", "wrong-password-1".toCharArray()))
                .isInstanceOf(VaultException.class);
        audited.clock.advance(Duration.ofMinutes(2));
        vault.openWithRecoveryCode(dir, code.value());

        assertThat(audited.store.page(0, 100)).extracting(AuditEntry::action)
                .containsExactly("SIGN_IN", "SIGN_OUT", "SIGN_IN_FAILED", "SIGN_IN");
        assertThat(audited.store.newest().orElseThrow().actor()).isEqualTo(H2VaultService.RECOVERY_USER);
    }

    @Test
    void aTamperedLogIsReportedToTheAdministratorAfterUnlock() throws Exception {
        Path dir = temp.resolve("vault");
        vault.create(dir, H2VaultServiceTest.ADMIN, H2VaultServiceTest.PASSWORD);
        audited.log.record(AuditAction.EXPORT, "CASE", "2026-0001");
        audited.log.record(AuditAction.PRINT, "CASE", "2026-0001");
        audited.database.dsl().execute("DELETE FROM audit_log WHERE seq = 2");
        vault.lock(LockReason.LOCK);

        vault.open(dir, H2VaultServiceTest.ADMIN, H2VaultServiceTest.PASSWORD);

        Optional<AuditVerification> check = audited.monitor.awaitBackgroundCheck(Duration.ofMinutes(1));
        assertThat(check.flatMap(AuditVerification::firstBreak))
                .contains(new AuditVerification.Break(2, TamperKind.DELETED));
        assertThat(audited.monitor.alertForCurrentUser()).isTrue();
        assertThat(audited.monitor.verifyNow().tampered()).isTrue();
    }
}
