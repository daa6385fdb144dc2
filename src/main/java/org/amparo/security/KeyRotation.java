package org.amparo.security;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.amparo.platform.db.H2FileDatabase;
import org.amparo.security.KeySlotCodec.DamagedSlotFileException;
import org.h2.tools.ChangeFileEncryption;

/**
 * Re-encrypts a closed vault's database under a new random key and swaps it in so that a crash at any point leaves a
 * vault that opens. The work happens in {@value #FOLDER} inside the vault folder (same disk, so renames are atomic):
 *
 * <ol>
 *   <li>copy {@code amparo.mv.db} there; H2's {@link ChangeFileEncryption} re-encrypts the copy under the new file
 *       key (byte for byte the same database, so identity counters and the migration history are kept); the H2 user
 *       password is changed to the new key's;</li>
 *   <li>check that the copy opens with the new key and that every table's row count and hash equal the original's;</li>
 *   <li>write the new {@code recovery-slot.json}, then the new {@code keyslots.json} (the marker: a rotation is
 *       ready to be committed) there;</li>
 *   <li>commit: rename the new database over the old one (one atomic rename);</li>
 *   <li>copy the new slot files over the vault's, then delete {@value #FOLDER}.</li>
 * </ol>
 *
 * {@link #resolve} runs whenever the vault is opened: with the marker present and the new database already moved
 * (step 4 done) it finishes step 5; otherwise it discards the unfinished work, and the old files, untouched, open.
 */
final class KeyRotation {

    static final String FOLDER = ".key-rotation";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** The points a rotation passes, in order; a test may stop it at any of them. */
    enum Step { DATABASE_COPIED, DATABASE_REENCRYPTED, VERIFIED, NEW_SLOTS_WRITTEN, DATABASE_SWAPPED, SLOTS_SWAPPED }

    /** Called at each step; throwing stops the rotation there. */
    interface StepHook {
        StepHook NONE = step -> { };

        void reached(Step step) throws IOException;
    }

    private final VaultFiles files;
    private final Path work;
    private final StepHook hook;

    KeyRotation(VaultFiles files, StepHook hook) {
        this.files = files;
        this.work = files.dir().resolve(FOLDER);
        this.hook = hook;
    }

    /**
     * Rotates the closed vault's database from {@code oldFileKey} to {@code newFileKey} and returns the new slot file.
     * {@code vaultKey} is what the slots unwrap (it wraps the new key). Nothing is wiped here.
     */
    KeySlotFile rotate(KeySlotFile current, byte[] vaultKey, byte[] oldFileKey, byte[] newFileKey,
                       SecureRandom random) throws IOException, SQLException {
        reencryptCopy(oldFileKey, newFileKey);
        verify(oldFileKey, newFileKey);
        DatabaseKeyWrap wrap = DatabaseKeyWrap.seal(vaultKey, current.vaultId(), current.keyGeneration() + 1,
                newFileKey, random);
        KeySlotFile rotated = current.withThrottle(Throttle.NONE).withDatabaseKey(wrap);
        commit(KeySlotCodec.encode(rotated), KeySlotStore.recoveryCopy(rotated));
        return rotated;
    }

    /**
     * Swaps a restored backup's database ({@code preparedDatabase}, on the vault's disk) and key files into the closed
     * vault with the same protocol as a rotation, so a crash never pairs a database with a key file of another key.
     */
    void swapIn(Path preparedDatabase, byte[] slots, byte[] recovery) throws IOException {
        deleteWork();
        createWork();
        Files.move(preparedDatabase, work.resolve(H2FileDatabase.DATA_FILE), StandardCopyOption.ATOMIC_MOVE);
        commit(slots, recovery);
    }

    /** Steps 3 to 5 once the new database is ready in the work folder. */
    private void commit(byte[] slots, byte[] recovery) throws IOException {
        AtomicFiles.write(work.resolve(VaultFiles.RECOVERY_SLOT), recovery);
        AtomicFiles.write(work.resolve(VaultFiles.SLOTS), slots);
        hook.reached(Step.NEW_SLOTS_WRITTEN);
        Files.move(work.resolve(H2FileDatabase.DATA_FILE), files.dir().resolve(H2FileDatabase.DATA_FILE),
                StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(files.dir());
        hook.reached(Step.DATABASE_SWAPPED);
        finishSlots();
        hook.reached(Step.SLOTS_SWAPPED);
        deleteWork();
    }

    /**
     * Resolves a rotation that stopped part-way (a crash, or an error whose clean-up did not finish): finishes it if
     * the new database was already swapped in, else discards it. Nothing to do when no rotation was under way.
     */
    void resolve() throws IOException {
        if (!Files.exists(work)) {
            return;
        }
        if (Files.exists(work.resolve(VaultFiles.SLOTS)) && !Files.exists(work.resolve(H2FileDatabase.DATA_FILE))) {
            finishSlots();
        }
        deleteWork();
    }

    private void reencryptCopy(byte[] oldFileKey, byte[] newFileKey) throws IOException, SQLException {
        deleteWork();
        createWork();
        Path copy = work.resolve(H2FileDatabase.DATA_FILE);
        Files.copy(files.dir().resolve(H2FileDatabase.DATA_FILE), copy);
        hook.reached(Step.DATABASE_COPIED);
        char[] oldChars = H2Keys.fileKeyChars(oldFileKey);
        char[] newChars = H2Keys.fileKeyChars(newFileKey);
        try {
            ChangeFileEncryption.execute(work.toString(), H2FileDatabase.FILE_NAME, "AES", oldChars, newChars, true);
        } finally {
            Arrays.fill(oldChars, '\0');
            Arrays.fill(newChars, '\0');
        }
        changeUserPassword(oldFileKey, newFileKey);
        fsync(copy);
        hook.reached(Step.DATABASE_REENCRYPTED);
    }

    private void changeUserPassword(byte[] oldFileKey, byte[] newFileKey) throws SQLException {
        char[] userPassword = H2Keys.userPasswordChars(newFileKey);
        try (Connection connection = H2FileDatabase.openForMaintenance(work,
                H2Keys.h2Password(newFileKey, oldFileKey));
             Statement statement = connection.createStatement()) {
            try (PreparedStatement alter = connection.prepareStatement("ALTER USER AMPARO SET PASSWORD ?")) {
                alter.setString(1, new String(userPassword));
                alter.execute();
            }
            statement.execute("SHUTDOWN");
        } finally {
            Arrays.fill(userPassword, '\0');
        }
    }

    private void verify(byte[] oldFileKey, byte[] newFileKey) throws IOException, SQLException {
        TableDigest before;
        try (Connection old = H2FileDatabase.openCopy(files.dir(), H2Keys.h2Password(oldFileKey))) {
            before = TableDigest.of(old);
        }
        TableDigest after;
        try (Connection rotated = H2FileDatabase.openCopy(work, H2Keys.h2Password(newFileKey))) {
            after = TableDigest.of(rotated);
        }
        if (before.tables().isEmpty() || !before.equals(after)) {
            throw new IOException("the re-encrypted database does not hold the same data as the original");
        }
        hook.reached(Step.VERIFIED);
    }

    /** Copies the prepared slot files over the vault's (primary, copy, recovery copy), each atomically. */
    private void finishSlots() throws IOException {
        byte[] slots = Files.readAllBytes(work.resolve(VaultFiles.SLOTS));
        byte[] recovery = Files.readAllBytes(work.resolve(VaultFiles.RECOVERY_SLOT));
        try {
            KeySlotCodec.decode(slots);
            KeySlotCodec.decode(recovery);
        } catch (DamagedSlotFileException e) {
            throw new IOException("the prepared key file is damaged: " + e.getMessage(), e);
        }
        AtomicFiles.write(files.slots(), slots);
        AtomicFiles.write(files.slotsBackup(), slots);
        AtomicFiles.write(files.recoverySlot(), recovery);
    }

    private void createWork() throws IOException {
        if (POSIX) {
            Files.createDirectory(work, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(work);
        }
    }

    private void deleteWork() throws IOException {
        if (!Files.exists(work)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(work)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        syncDirectory(files.dir());
    }

    private static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; NTFS journals the rename.
        }
    }
}
