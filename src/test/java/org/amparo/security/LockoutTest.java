package org.amparo.security;

import static org.amparo.security.H2VaultServiceTest.ADMIN;
import static org.amparo.security.H2VaultServiceTest.CHEAP;
import static org.amparo.security.H2VaultServiceTest.PASSWORD;
import static org.amparo.security.H2VaultServiceTest.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import org.amparo.platform.db.VaultDatabase;
import org.amparo.security.VaultException.Reason;
import org.amparo.security.data.UserRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7: after ten failed unlocks only the recovery code or an administrator's own sign-in opens the vault. */
class LockoutTest {

    static final String ADVOCATE = "Berta Prueba";
    static final char[] ADVOCATE_PASSWORD = "Segunda-Clave-Ejemplo-58".toCharArray();
    static final char[] WRONG = "Prueba-Rio-Azul-00".toCharArray();

    @TempDir
    Path temp;
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    final VaultDatabase database = new VaultDatabase();
    final H2VaultService vault = service(database);
    Path dir;
    RecoveryCode code;

    /** A service with the real rule: administrators per {@code app_user} lift a lockout. */
    H2VaultService service(VaultDatabase db) {
        return new H2VaultService(db, CHEAP, clock, VaultSessionListener.NONE,
                new AdministratorLockoutOverride(new UserRepository(db)));
    }

    @BeforeEach
    void vaultWithAnAdministratorAndAnAdvocate() throws Exception {
        dir = temp.resolve("vault");
        code = vault.create(dir, ADMIN, PASSWORD);
        vault.setPassword(ADVOCATE, ADVOCATE_PASSWORD);
        UserRepository users = new UserRepository(database);
        OffsetDateTime now = OffsetDateTime.parse("2026-01-05T10:00:00Z");
        users.upsert(ADMIN, EnumSet.of(Role.ADMINISTRATOR), "main", ADMIN, now);
        users.upsert(ADVOCATE, EnumSet.of(Role.ADVOCATE), "main", ADMIN, now);
        vault.lock();
    }

    @AfterEach
    void lockEverything() {
        vault.lock();
    }

    @Test
    void afterTenFailuresTheRightPasswordAloneIsRefusedWithAPlainMessageEvenAfterARestart() throws Exception {
        failTenTimes();
        clock.advance(Duration.ofSeconds(61));

        VaultException refused = failure(() -> vault.open(dir, ADVOCATE, ADVOCATE_PASSWORD));

        assertThat(refused.reason()).isEqualTo(Reason.RECOVERY_REQUIRED);
        assertThat(refused.getMessage()).contains("recovery code").contains("administrator");
        assertThat(vault.isOpen()).isFalse();
        clock.advance(Duration.ofSeconds(61));
        H2VaultService restarted = service(new VaultDatabase());
        assertThat(failure(() -> restarted.open(dir, ADVOCATE, ADVOCATE_PASSWORD)).reason())
                .isEqualTo(Reason.RECOVERY_REQUIRED);
        assertThat(Files.readString(dir.resolve(VaultFiles.SLOTS))).doesNotContain(new String(ADVOCATE_PASSWORD))
                .contains("\"failures\" : 12");
    }

    @Test
    void anAdministratorSigningInWithHerOwnPasswordClearsTheCount() throws Exception {
        failTenTimes();
        clock.advance(Duration.ofSeconds(61));

        vault.open(dir, ADMIN, PASSWORD);
        vault.lock();

        vault.open(dir, ADVOCATE, ADVOCATE_PASSWORD);
        assertThat(vault.currentUser()).contains(ADVOCATE);
    }

    @Test
    void theRecoveryCodeOpensAndClearsTheCount() throws Exception {
        failTenTimes();

        vault.openWithRecoveryCode(dir, code.value());
        vault.lock();

        vault.open(dir, ADVOCATE, ADVOCATE_PASSWORD);
        assertThat(vault.currentUser()).contains(ADVOCATE);
    }

    @Test
    void beforeTheDelayHasPassedEvenAnAdministratorIsToldToWaitAndWhatIsNeeded() throws Exception {
        failTenTimes();

        VaultException early = failure(() -> vault.open(dir, ADMIN, PASSWORD));

        assertThat(early.reason()).isEqualTo(Reason.RECOVERY_REQUIRED);
        assertThat(early.retryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(early.getMessage()).contains("Next try in 60 seconds");
    }

    private void failTenTimes() {
        for (int i = 1; i <= Throttle.MAX_FAILURES; i++) {
            String name = i % 2 == 0 ? ADMIN : "Nadie Ejemplo";
            VaultException e = failure(() -> vault.open(dir, name, WRONG));
            assertThat(e.reason()).isEqualTo(i < Throttle.MAX_FAILURES ? Reason.WRONG_CREDENTIALS
                    : Reason.RECOVERY_REQUIRED);
            if (i < Throttle.MAX_FAILURES) {
                clock.advance(Duration.ofSeconds(61));
            }
        }
    }
}
