package org.amparo.security;

import static org.amparo.db.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.amparo.platform.db.VaultDatabase;
import org.amparo.security.VaultException.Reason;
import org.amparo.security.VaultService.VaultState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2VaultServiceTest {

    static final KdfParams CHEAP = new KdfParams(KdfParams.ARGON2ID, 1024, 1, 1);
    static final String ADMIN = "Ana Ejemplo";
    static final char[] PASSWORD = "Prueba-Rio-Azul-73".toCharArray();

    @TempDir
    Path temp;
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    final VaultDatabase database = new VaultDatabase();
    final H2VaultService vault = new H2VaultService(database, CHEAP, clock);

    @AfterEach
    void lockEverything() {
        vault.lock();
    }

    @Test
    void createLockOpenKeepsDataWithTheRealKeyDerivation() throws Exception {
        Path dir = temp.resolve("vault");
        VaultDatabase realDatabase = new VaultDatabase();
        H2VaultService real = new H2VaultService(realDatabase);
        try {
            real.create(dir, ADMIN, PASSWORD);
            insertClient(realDatabase, "Lucia", "Demo-Prueba");
            realDatabase.checkpoint();
            assertThat(KeySlotCodec.decode(Files.readAllBytes(dir.resolve(VaultFiles.SLOTS))).slots())
                    .extracting(KeySlot::kdf).containsOnly(KdfParams.DEFAULT);
            real.lock();
            assertThat(real.isOpen()).isFalse();
            assertThatThrownBy(realDatabase::dsl).isInstanceOf(IllegalStateException.class)
                    .hasMessage("The vault is locked");

            real.open(dir, "ana ejemplo", PASSWORD);

            assertThat(real.currentUser()).contains(ADMIN);
            assertThat(realDatabase.dsl().select(CLIENT.FAMILY_NAME).from(CLIENT).fetch(CLIENT.FAMILY_NAME))
                    .containsExactly("Demo-Prueba");
        } finally {
            real.lock();
        }
    }

    @Test
    void recoveryCodeOpensTheVault() throws Exception {
        Path dir = temp.resolve("vault");
        RecoveryCode code = vault.create(dir, ADMIN, PASSWORD);
        insertClient(database, "Rosa", "Ejemplo");
        vault.lock();

        vault.openWithRecoveryCode(dir, code.value().toLowerCase().replace("-", " "));

        assertThat(vault.currentUser()).contains(H2VaultService.RECOVERY_USER);
        assertThat(database.dsl().fetchCount(CLIENT)).isEqualTo(1);
    }

    @Test
    void aWrongOrMistypedRecoveryCodeDoesNotOpen() throws Exception {
        Path dir = temp.resolve("vault");
        RecoveryCode code = vault.create(dir, ADMIN, PASSWORD);
        vault.lock();
        RecoveryCode other = RecoveryCodes.generate(new java.security.SecureRandom());

        assertReason(() -> vault.openWithRecoveryCode(dir, other.value()), Reason.WRONG_RECOVERY_CODE);
        assertReason(() -> vault.openWithRecoveryCode(dir, code.value().substring(1)), Reason.INVALID_INPUT);
        assertThat(vault.isOpen()).isFalse();
    }

    @Test
    void wrongPasswordAndUnknownUserGiveTheSameMessage() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        vault.create(first, ADMIN, PASSWORD);
        vault.create(second, ADMIN, PASSWORD);
        vault.lock();

        VaultException wrongPassword = failure(() -> vault.open(first, ADMIN, "Prueba-Rio-Azul-74".toCharArray()));
        VaultException unknownUser = failure(() -> vault.open(second, "Nadie Ejemplo", PASSWORD));

        assertThat(wrongPassword.reason()).isEqualTo(Reason.WRONG_CREDENTIALS);
        assertThat(unknownUser.reason()).isEqualTo(Reason.WRONG_CREDENTIALS);
        assertThat(unknownUser.getMessage()).isEqualTo(wrongPassword.getMessage());
        assertThat(wrongPassword.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(vault.isOpen()).isFalse();
    }

    @Test
    void failureCounterGrowsAndSurvivesANewServiceInstance() throws Exception {
        Path dir = temp.resolve("vault");
        vault.create(dir, ADMIN, PASSWORD);
        vault.lock();
        char[] wrong = "Prueba-Rio-Azul-00".toCharArray();
        for (long expected : new long[] {1, 2, 4}) {
            VaultException e = failure(() -> vault.open(dir, ADMIN, wrong));
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(expected));
            clock.advance(Duration.ofSeconds(expected));
        }
        VaultException e = failure(() -> vault.open(dir, ADMIN, wrong));
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(8));

        H2VaultService restarted = new H2VaultService(new VaultDatabase(), CHEAP, clock);
        VaultException tooSoon = failure(() -> restarted.open(dir, ADMIN, PASSWORD));
        assertThat(tooSoon.reason()).isEqualTo(Reason.TOO_SOON);
        assertThat(tooSoon.retryAfter()).isEqualTo(Duration.ofSeconds(8));

        clock.advance(Duration.ofSeconds(8));
        restarted.open(dir, ADMIN, PASSWORD);
        restarted.lock();
        assertThat(failure(() -> restarted.open(dir, ADMIN, wrong)).retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void tenFailuresRequireTheRecoveryCodeWhichResetsTheCounter() throws Exception {
        Path dir = temp.resolve("vault");
        RecoveryCode code = vault.create(dir, ADMIN, PASSWORD);
        vault.lock();
        for (int i = 1; i <= 9; i++) {
            assertReason(() -> vault.open(dir, ADMIN, "Prueba-Rio-Azul-00".toCharArray()), Reason.WRONG_CREDENTIALS);
            clock.advance(Duration.ofSeconds(61));
        }
        assertReason(() -> vault.open(dir, ADMIN, "Prueba-Rio-Azul-00".toCharArray()), Reason.RECOVERY_REQUIRED);
        assertReason(() -> vault.open(dir, ADMIN, PASSWORD), Reason.RECOVERY_REQUIRED);
        assertReason(() -> vault.openWithRecoveryCode(dir, RecoveryCodes.generate(new java.security.SecureRandom())
                .value()), Reason.WRONG_RECOVERY_CODE);

        vault.openWithRecoveryCode(dir, code.value());
        vault.lock();
        vault.open(dir, ADMIN, PASSWORD);

        assertThat(vault.currentUser()).contains(ADMIN);
    }

    @Test
    void aVaultOpenInOneServiceIsInUseForAnother() throws Exception {
        Path dir = temp.resolve("vault");
        vault.create(dir, ADMIN, PASSWORD);
        H2VaultService second = new H2VaultService(new VaultDatabase(), CHEAP, clock);

        VaultException e = failure(() -> second.open(dir, ADMIN, PASSWORD));

        assertThat(e.reason()).isEqualTo(Reason.IN_USE);
        assertThat(e.getMessage()).isEqualTo("This vault is already open in another Amparo window");
        vault.lock();
        second.open(dir, ADMIN, PASSWORD);
        assertThat(second.isOpen()).isTrue();
        second.lock();
    }

    @Test
    void missingFolderEmptyFolderAndForeignFolderAreToldApart() throws Exception {
        Path missing = temp.resolve("missing");
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Path foreign = Files.createDirectories(temp.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "not a vault");

        assertThat(vault.inspect(missing)).isEqualTo(VaultState.MISSING);
        assertThat(vault.inspect(empty)).isEqualTo(VaultState.EMPTY_FOLDER);
        assertThat(vault.inspect(foreign)).isEqualTo(VaultState.NOT_A_VAULT);
        assertReason(() -> vault.open(missing, ADMIN, PASSWORD), Reason.NOT_FOUND);
        assertReason(() -> vault.open(empty, ADMIN, PASSWORD), Reason.NOT_A_VAULT);
        assertReason(() -> vault.open(foreign, ADMIN, PASSWORD), Reason.NOT_A_VAULT);
        assertThat(missing).doesNotExist();
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void creatingOverAnExistingVaultIsRefusedAndLeavesItIntact() throws Exception {
        Path dir = temp.resolve("vault");
        vault.create(dir, ADMIN, PASSWORD);
        insertClient(database, "Rosa", "Ejemplo");
        vault.lock();
        assertThat(vault.inspect(dir)).isEqualTo(VaultState.VAULT);

        assertReason(() -> vault.create(dir, "Otra Demo", "Otra-Clave-Demo-99".toCharArray()), Reason.ALREADY_EXISTS);

        vault.open(dir, ADMIN, PASSWORD);
        assertThat(database.dsl().fetchCount(CLIENT)).isEqualTo(1);
    }

    @Test
    void badInputCreatesNothing() {
        Path dir = temp.resolve("vault");

        assertReason(() -> vault.create(dir, ADMIN, "short".toCharArray()), Reason.INVALID_INPUT);
        assertReason(() -> vault.create(dir, "  ", PASSWORD), Reason.INVALID_INPUT);

        assertThat(dir).doesNotExist();
    }

    @Test
    void aCreationThatFailsHalfWayLeavesNoHalfVault() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("vault"));
        Files.writeString(dir.resolve("keep.txt"), "someone else's file");
        // the database file cannot be created: its name is a link into a folder that does not exist
        Files.createSymbolicLink(dir.resolve("amparo.mv.db"), temp.resolve("missing").resolve("amparo.mv.db"));

        VaultException e = failure(() -> vault.create(dir, ADMIN, PASSWORD));

        assertThat(e.reason()).isEqualTo(Reason.IO);
        assertThat(vault.isOpen()).isFalse();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("keep.txt");
        }
        assertThat(vault.inspect(dir)).isEqualTo(VaultState.NOT_A_VAULT);
    }

    @Test
    void aDamagedSlotFileFallsBackToItsCopy() throws Exception {
        Path dir = temp.resolve("vault");
        vault.create(dir, ADMIN, PASSWORD);
        vault.lock();
        Path slots = dir.resolve(VaultFiles.SLOTS);
        byte[] bytes = Files.readAllBytes(slots);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(slots, bytes);

        vault.open(dir, ADMIN, PASSWORD);

        assertThat(vault.isOpen()).isTrue();
        assertThat(KeySlotCodec.decode(Files.readAllBytes(slots)).slots()).hasSize(2);
        vault.lock();
        Files.writeString(slots, "{ not json");
        vault.open(dir, ADMIN, PASSWORD);
        assertThat(vault.isOpen()).isTrue();
    }

    @Test
    void withBothSlotFilesDamagedTheRecoveryCodeStillOpens() throws Exception {
        Path dir = temp.resolve("vault");
        RecoveryCode code = vault.create(dir, ADMIN, PASSWORD);
        insertClient(database, "Rosa", "Ejemplo");
        vault.lock();
        Files.writeString(dir.resolve(VaultFiles.SLOTS), "damaged");
        Files.delete(dir.resolve(VaultFiles.SLOTS_BACKUP));

        VaultException e = failure(() -> vault.open(dir, ADMIN, PASSWORD));
        assertThat(e.reason()).isEqualTo(Reason.SLOTS_DAMAGED);
        assertThat(e.getMessage()).contains("recovery code");

        vault.openWithRecoveryCode(dir, code.value());
        assertThat(database.dsl().fetchCount(CLIENT)).isEqualTo(1);
        vault.setPassword(ADMIN, "Nueva-Clave-Demo-2026".toCharArray());
        vault.lock();
        vault.open(dir, ADMIN, "Nueva-Clave-Demo-2026".toCharArray());
        assertThat(vault.currentUser()).contains(ADMIN);
        vault.lock();

        Files.writeString(dir.resolve(VaultFiles.SLOTS), "damaged");
        Files.writeString(dir.resolve(VaultFiles.SLOTS_BACKUP), "damaged");
        Files.writeString(dir.resolve(VaultFiles.RECOVERY_SLOT), "damaged");
        assertReason(() -> vault.openWithRecoveryCode(dir, code.value()), Reason.SLOTS_DAMAGED);
    }

    @Test
    void keySlotsOfAnotherVaultOrAMissingDatabaseGetPlainMessages() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        vault.create(first, ADMIN, PASSWORD);
        vault.create(second, ADMIN, PASSWORD);
        vault.lock();
        Files.copy(first.resolve(VaultFiles.SLOTS), second.resolve(VaultFiles.SLOTS),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        VaultException mismatch = failure(() -> vault.open(second, ADMIN, PASSWORD));
        assertThat(mismatch.reason()).isEqualTo(Reason.IO);
        assertThat(mismatch.getMessage()).contains("does not belong to its key file");

        Files.delete(first.resolve("amparo.mv.db"));
        VaultException noDatabase = failure(() -> vault.open(first, ADMIN, PASSWORD));
        assertThat(noDatabase.reason()).isEqualTo(Reason.NOT_A_VAULT);
        assertThat(first.resolve("amparo.mv.db")).doesNotExist();
        assertThat(vault.isOpen()).isFalse();
    }

    static void insertClient(VaultDatabase db, String given, String family) {
        db.transaction(ctx -> ctx.insertInto(CLIENT).set(CLIENT.GIVEN_NAME, given).set(CLIENT.FAMILY_NAME, family)
                .execute());
    }

    static void assertReason(VaultCall call, Reason reason) {
        assertThat(failure(call).reason()).isEqualTo(reason);
    }

    static VaultException failure(VaultCall call) {
        try {
            call.run();
        } catch (VaultException e) {
            assertThat(e.getMessage()).doesNotContainPattern("\\b(H2|SQL|JDBC)\\b|\\b[29]\\d{4}\\b");
            return e;
        }
        throw new AssertionError("expected a VaultException");
    }

    @FunctionalInterface
    interface VaultCall {
        void run() throws VaultException;
    }
}
