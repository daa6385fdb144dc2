package org.amparo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.amparo.security.AccessControl;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.Action;
import org.amparo.security.DataKind;
import org.amparo.security.AuditAction;
import org.amparo.security.DefaultKeyRotationService;
import org.amparo.security.H2VaultService;
import org.amparo.security.KeyRotationService;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.security.TestSecurity.RecordingAuditLog.Entry;
import org.amparo.security.TestVaults;
import org.amparo.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7: a key rotation backs up first, is audited, and backups from before and after it both restore. */
class KeyRotationBackupsTest {

    @TempDir
    Path temp;

    @Test
    void anAdministratorsRotationIsBackedUpFirstAuditedAndBackupsFromBothSidesRestore() throws Exception {
        try (BackupFixture fixture = new BackupFixture(temp.resolve("vault"))) {
            fixture.addClient("Rosa", "Ejemplo");
            BackupReport before = fixture.backups.backup(BackupReason.MANUAL);
            fixture.addClient("Lucia", "Demo-Prueba");

            KeyRotationService.Rotated rotated = rotation(fixture, Role.ADMINISTRATOR).rotate();

            assertThat(rotated.generation()).isEqualTo(1);
            assertThat(fixture.backups.list()).anySatisfy(report -> {
                assertThat(report.reason()).isEqualTo(BackupReason.BEFORE_KEY_ROTATION);
                assertThat(report.verified()).isTrue();
                assertThat(report.file()).isEqualTo(rotated.backup());
            });
            assertThat(fixture.audit.entries()).contains(new Entry(AuditAction.KEY_ROTATED, "vault-key",
                    "generation-1"));
            BackupReport after = fixture.backups.backup(BackupReason.MANUAL);
            assertThat(after.verified()).isTrue();
            assertThat(after.rowCounts().get("CLIENT")).isEqualTo(2L);

            fixture.backups.restore(before.file(), step -> { });
            assertThat(fixture.database.dsl().fetchCount(org.amparo.db.jooq.Tables.CLIENT)).isEqualTo(1);
            fixture.backups.restore(after.file(), step -> { });
            assertThat(fixture.database.dsl().fetchCount(org.amparo.db.jooq.Tables.CLIENT)).isEqualTo(2);
        }
        try (BackupFixture reopened = BackupFixture.open(temp.resolve("vault"))) {
            assertThat(reopened.database.dsl().fetchCount(org.amparo.db.jooq.Tables.CLIENT)).isEqualTo(2);
        }
    }

    @Test
    void someoneWhoIsNotAnAdministratorCannotRotateAndNoBackupIsMade() throws Exception {
        try (BackupFixture fixture = new BackupFixture(temp.resolve("vault"))) {
            KeyRotationService rotation = rotation(fixture, Role.ATTORNEY);

            assertThat(rotation.mayRotate()).isFalse();
            assertThatThrownBy(rotation::rotate).isInstanceOf(AccessDeniedException.class);

            assertThat(fixture.backups.list()).isEmpty();
            assertThat(fixture.audit.entries()).extracting(Entry::action).doesNotContain(AuditAction.KEY_ROTATED);
        }
    }

    private static KeyRotationService rotation(BackupFixture fixture, Role role) {
        return new DefaultKeyRotationService((H2VaultService) fixture.vault, settingsOnlyFor(role), fixture.backups,
                fixture.audit, fixture.database);
    }

    /** As the permission matrix has it: only an administrator may MANAGE SETTINGS. */
    private static AccessControl settingsOnlyFor(Role role) {
        AccessControl all = TestSecurity.permitAll(TestVaults.ADMIN, role, "main");
        return new AccessControl() {
            @Override
            public UserAccount current() {
                return all.current();
            }

            @Override
            public boolean can(Action action, DataKind kind) {
                return kind != DataKind.SETTINGS || role == Role.ADMINISTRATOR;
            }

            @Override
            public void require(Action action, DataKind kind) {
                if (!can(action, kind)) {
                    throw new AccessDeniedException("not allowed");
                }
            }

            @Override
            public boolean canSeeCase(String program, String advocate, String attorney) {
                return true;
            }
        };
    }
}
