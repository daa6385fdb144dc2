package org.amparo.security;

import static org.amparo.db.jooq.Tables.CLIENT;
import static org.amparo.security.H2VaultServiceTest.ADMIN;
import static org.amparo.security.H2VaultServiceTest.CHEAP;
import static org.amparo.security.H2VaultServiceTest.PASSWORD;
import static org.amparo.security.H2VaultServiceTest.insertClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.amparo.platform.db.H2FileDatabase;
import org.amparo.platform.db.VaultDatabase;
import org.amparo.security.KeyRotation.Step;
import org.amparo.security.VaultException.Reason;
import org.amparo.security.data.JooqAuditStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 7: rotating the database key keeps every slot, the data and the audit chain, and survives a crash. */
class KeyRotationTest {

    static final char[] SECOND_PASSWORD = "Segunda-Clave-Ejemplo-58".toCharArray();

    @TempDir
    Path temp;
    final VaultDatabase database = new VaultDatabase();
    final H2VaultService vault = new H2VaultService(database, CHEAP, Clock.systemUTC());
    Path dir;
    RecoveryCode code;

    @AfterEach
    void lockEverything() {
        vault.lock();
    }

    @Test
    void afterRotationEveryUserAndTheRecoveryCodeOpenAndTheOldKeyNoLongerOpensTheFile() throws Exception {
        createWithDataAndAudit();
        byte[] oldFileKey = fileKeyOf(dir);

        vault.rotateDatabaseKey(KeyRotation.StepHook.NONE);

        assertThat(database.dsl().fetchCount(CLIENT)).isEqualTo(2);
        assertThat(verifyAudit().status()).isEqualTo(AuditVerification.Status.INTACT);
        vault.lock();
        assertThat(Files.exists(dir.resolve(KeyRotation.FOLDER))).isFalse();
        assertThatThrownBy(() -> openRaw(oldFileKey)).isInstanceOf(SQLException.class);
        try (Connection connection = openRaw(fileKeyOf(dir))) {
            assertThat(connection.isValid(1)).isTrue();
        }
        for (String user : List.of(ADMIN, "Berta Prueba")) {
            vault.open(dir, user, ADMIN.equals(user) ? PASSWORD : SECOND_PASSWORD);
            assertThat(clientFamilies()).containsExactlyInAnyOrder("Ejemplo", "Demo-Prueba");
            assertThat(verifyAudit().status()).isEqualTo(AuditVerification.Status.INTACT);
            vault.lock();
        }
        vault.openWithRecoveryCode(dir, code.value());
        assertThat(clientFamilies()).containsExactlyInAnyOrder("Ejemplo", "Demo-Prueba");
    }

    @Test
    void aSecondRotationWorksAndTheRecoveryCopyAloneStillOpens() throws Exception {
        createWithDataAndAudit();
        vault.rotateDatabaseKey(KeyRotation.StepHook.NONE);
        vault.rotateDatabaseKey(KeyRotation.StepHook.NONE);
        vault.lock();
        assertThat(KeySlotCodec.decode(Files.readAllBytes(dir.resolve(VaultFiles.SLOTS))).keyGeneration())
                .isEqualTo(2);
        Files.write(dir.resolve(VaultFiles.SLOTS), "damaged".getBytes());
        Files.write(dir.resolve(VaultFiles.SLOTS_BACKUP), "damaged".getBytes());

        vault.openWithRecoveryCode(dir, code.value());

        assertThat(clientFamilies()).containsExactlyInAnyOrder("Ejemplo", "Demo-Prueba");
    }

    /** A failure at any step (an I/O error, not a crash) leaves the vault open, with all its data. */
    @ParameterizedTest
    @EnumSource(Step.class)
    void aFailureAtAnyStepLeavesTheVaultOpenWithItsData(Step failing) throws Exception {
        createWithDataAndAudit();

        boolean alreadySwapped = failing.compareTo(Step.DATABASE_SWAPPED) >= 0;
        if (alreadySwapped) {
            vault.rotateDatabaseKey(step -> failAt(failing, step));
        } else {
            assertThatThrownBy(() -> vault.rotateDatabaseKey(step -> failAt(failing, step)))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IO));
        }

        assertThat(vault.isOpen()).isTrue();
        assertThat(clientFamilies()).containsExactlyInAnyOrder("Ejemplo", "Demo-Prueba");
        assertThat(verifyAudit().status()).isEqualTo(AuditVerification.Status.INTACT);
        assertThat(Files.exists(dir.resolve(KeyRotation.FOLDER))).isFalse();
        assertThat(vault.generation()).isEqualTo(alreadySwapped ? 1 : 0);
        vault.lock();
        vault.open(dir, "Berta Prueba", SECOND_PASSWORD);
        assertThat(clientFamilies()).containsExactlyInAnyOrder("Ejemplo", "Demo-Prueba");
    }

    /**
     * A crash (the process stops; nothing cleans up) at any step: the next start-up finishes or discards the
     * rotation, and every user and the recovery code open the vault with all its data.
     */
    @ParameterizedTest
    @EnumSource(Step.class)
    void aCrashAtAnyStepLeavesAVaultThatOpens(Step crashing) throws Exception {
        createWithDataAndAudit();
        vault.lock();
        VaultFiles files = new VaultFiles(dir);
        KeySlotFile slots = new KeySlotStore(files).read().orElseThrow();
        byte[] vaultKey = slots.userSlot(ADMIN).orElseThrow().unwrap(PASSWORD, slots.vaultId()).orElseThrow();
        byte[] newKey = new byte[KeySlot.DATABASE_KEY_BYTES];
        new java.security.SecureRandom().nextBytes(newKey);

        assertThatThrownBy(() -> new KeyRotation(files, step -> crashAt(crashing, step))
                .rotate(slots, vaultKey, vaultKey, newKey, new java.security.SecureRandom()))
                .isInstanceOf(SimulatedCrash.class);

        H2VaultService restarted = new H2VaultService(new VaultDatabase(), CHEAP, Clock.systemUTC());
        try {
            restarted.open(dir, "Berta Prueba", SECOND_PASSWORD);
            restarted.lock();
            restarted.openWithRecoveryCode(dir, code.value());
            restarted.lock();
        } finally {
            restarted.lock();
        }
        vault.open(dir, ADMIN, PASSWORD);
        assertThat(clientFamilies()).containsExactlyInAnyOrder("Ejemplo", "Demo-Prueba");
        assertThat(verifyAudit().status()).isEqualTo(AuditVerification.Status.INTACT);
        assertThat(Files.exists(dir.resolve(KeyRotation.FOLDER))).isFalse();
        int generation = KeySlotCodec.decode(Files.readAllBytes(dir.resolve(VaultFiles.SLOTS))).keyGeneration();
        assertThat(generation).isEqualTo(crashing.compareTo(Step.NEW_SLOTS_WRITTEN) > 0 ? 1 : 0);
    }

    private void createWithDataAndAudit() throws Exception {
        dir = temp.resolve("vault");
        code = vault.create(dir, ADMIN, PASSWORD);
        vault.setPassword("Berta Prueba", SECOND_PASSWORD);
        insertClient(database, "Rosa", "Ejemplo");
        insertClient(database, "Lucia", "Demo-Prueba");
        HmacAuditLog log = new HmacAuditLog(vault, new JooqAuditStore(database), database);
        database.inTransaction(() -> log.record(AuditAction.CREATE, "client", "1"));
        database.inTransaction(() -> log.record(AuditAction.UPDATE, "client", "1"));
    }

    private AuditVerification verifyAudit() {
        return new AuditVerifier(vault, new JooqAuditStore(database)).verify(Optional.empty());
    }

    private List<String> clientFamilies() {
        return database.dsl().select(CLIENT.FAMILY_NAME).from(CLIENT).fetch(CLIENT.FAMILY_NAME);
    }

    private Connection openRaw(byte[] fileKey) throws SQLException {
        return H2FileDatabase.openCopy(dir, H2Keys.h2Password(fileKey));
    }

    /** The H2 file key the admin's slot leads to now. */
    private static byte[] fileKeyOf(Path dir) throws Exception {
        KeySlotFile slots = KeySlotCodec.decode(Files.readAllBytes(dir.resolve(VaultFiles.SLOTS)));
        byte[] vaultKey = slots.userSlot(ADMIN).orElseThrow().unwrap(PASSWORD, slots.vaultId()).orElseThrow();
        return slots.fileKey(vaultKey).orElseThrow();
    }

    private static void failAt(Step failing, Step reached) throws IOException {
        if (reached == failing) {
            throw new IOException("simulated failure at " + reached);
        }
    }

    private static void crashAt(Step crashing, Step reached) {
        if (reached == crashing) {
            throw new SimulatedCrash();
        }
    }

    /** Stands for the process dying: nothing the rotation does afterwards runs. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }
}
