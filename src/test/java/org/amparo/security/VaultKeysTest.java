package org.amparo.security;

import static org.amparo.security.H2VaultServiceTest.ADMIN;
import static org.amparo.security.H2VaultServiceTest.CHEAP;
import static org.amparo.security.H2VaultServiceTest.PASSWORD;
import static org.amparo.security.H2VaultServiceTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.amparo.platform.db.VaultDatabase;
import org.amparo.security.VaultException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slot administration on the real vault: users' slots listed and removed; sessions told apart. */
class VaultKeysTest {

    private static final char[] VOL_PASSWORD = "copper lantern meadow".toCharArray();

    @TempDir
    Path temp;
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    final H2VaultService vault = new H2VaultService(new VaultDatabase(), CHEAP, clock);

    @AfterEach
    void lock() {
        vault.lock();
    }

    @Test
    void aRemovedUsersPasswordNoLongerOpensWhileOthersAndTheRecoveryCodeStillDo() throws Exception {
        Path dir = temp.resolve("vault");
        RecoveryCode code = vault.create(dir, ADMIN, PASSWORD);
        vault.setPassword("Vol Prueba", VOL_PASSWORD);
        assertThat(vault.slotUsers()).containsExactlyInAnyOrder(ADMIN, "Vol Prueba");

        assertThat(vault.removePassword("vol prueba")).isTrue();
        assertThat(vault.removePassword("vol prueba")).isFalse();
        assertThat(vault.slotUsers()).containsExactly(ADMIN);
        vault.lock();

        assertReason(() -> vault.open(dir, "Vol Prueba", VOL_PASSWORD), Reason.WRONG_CREDENTIALS);
        clock.advance(Duration.ofSeconds(2));
        vault.open(dir, ADMIN, PASSWORD);
        vault.lock();
        vault.openWithRecoveryCode(dir, code.value());
    }

    @Test
    void everyOpeningIsANewSession() throws Exception {
        Path dir = temp.resolve("vault");
        vault.create(dir, ADMIN, PASSWORD);
        long first = vault.session();
        vault.lock();
        vault.open(dir, ADMIN, PASSWORD);
        assertThat(vault.session()).isGreaterThan(first);
    }

    @Test
    void lockingTheRealVaultIsMeasuredAndReported() throws Exception {
        Path dir = temp.resolve("vault");
        vault.create(dir, ADMIN, PASSWORD);
        long start = System.nanoTime();
        vault.lock();
        long micros = (System.nanoTime() - start) / 1_000;
        assertThat(vault.isOpen()).isFalse();
        java.nio.file.Files.writeString(Path.of("target", "lock-latency.txt"), String.format(
                "Real H2 vault lock() (CHECKPOINT SYNC, close, key wiped): %d us%n", micros),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
