package org.amparo.security;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.amparo.platform.db.DatabaseOpenException;
import org.amparo.platform.db.H2FileDatabase;
import org.amparo.platform.db.OpenDatabase;

/**
 * Creates a vault: folder (if needed), lock, key slots (admin + recovery, then the separate recovery copy), then the
 * encrypted database with its migrations. If any step fails, everything it created is removed again.
 */
final class VaultCreator {

    private final KdfParams kdf;
    private final SecureRandom random;

    VaultCreator(KdfParams kdf, SecureRandom random) {
        this.kdf = kdf;
        this.random = random;
    }

    /** A freshly created, open vault; the caller owns the key and the lock. */
    record Created(byte[] databaseKey, OpenDatabase database, VaultLock lock, RecoveryCode recoveryCode) {
    }

    Created create(Path folder, String admin, char[] password) throws VaultException {
        boolean madeFolder = makeFolder(folder);
        VaultFiles files = new VaultFiles(folder);
        boolean lockExisted = Files.exists(files.lock());
        VaultLock lock;
        try {
            lock = VaultLock.acquire(files.lock());
        } catch (VaultException e) {
            removeCreated(files, madeFolder, lockExisted);
            throw e;
        }
        byte[] key = new byte[KeySlot.DATABASE_KEY_BYTES];
        random.nextBytes(key);
        try {
            RecoveryCode code = writeSlots(files, admin, password, key);
            OpenDatabase database = H2FileDatabase.open(folder, H2Keys.h2Password(key), true);
            return new Created(key, database, lock, code);
        } catch (IOException | DatabaseOpenException | RuntimeException e) {
            Arrays.fill(key, (byte) 0);
            lock.release();
            removeCreated(files, madeFolder, lockExisted);
            throw failure(folder, e);
        }
    }

    private RecoveryCode writeSlots(VaultFiles files, String admin, char[] password, byte[] key) throws IOException {
        String vaultId = UUID.randomUUID().toString();
        RecoveryCode code = RecoveryCodes.generate(random);
        char[] codeChars = RecoveryCodes.normalize(code.value()).orElseThrow().toCharArray();
        try {
            KeySlot adminSlot = KeySlot.seal(SlotKind.USER, admin, password, key, kdf, vaultId, random);
            KeySlot recoverySlot = KeySlot.seal(SlotKind.RECOVERY, "", codeChars, key, kdf, vaultId, random);
            KeySlotFile file = KeySlotFile.of(vaultId, List.of(adminSlot, recoverySlot));
            KeySlotStore store = new KeySlotStore(files);
            store.write(file);
            store.writeRecoveryCopy(file);
            return code;
        } finally {
            Arrays.fill(codeChars, '\0');
        }
    }

    private static boolean makeFolder(Path folder) throws VaultException {
        if (Files.isDirectory(folder)) {
            return false;
        }
        try {
            Files.createDirectories(folder);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
            return true;
        } catch (IOException e) {
            throw VaultErrors.cannotWrite(folder, e);
        }
    }

    /** Deletes only files this creation made (the caller refused to start if any of them already existed). */
    private static void removeCreated(VaultFiles files, boolean madeFolder, boolean lockExisted) {
        Path dir = files.dir();
        List<Path> made = new ArrayList<>(List.of(files.slots(), files.slotsBackup(), files.recoverySlot(),
                dir.resolve(H2FileDatabase.DATA_FILE), dir.resolve(H2FileDatabase.FILE_NAME + ".trace.db"),
                dir.resolve(H2FileDatabase.FILE_NAME + ".lock.db")));
        if (!lockExisted) {
            made.add(files.lock());
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".amparo-*.tmp")) {
            temps.forEach(made::add);
        } catch (IOException e) {
            // no temp files to list
        }
        for (Path path : made) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // best effort: a file that cannot be deleted is reported by the next inspect()
            }
        }
        if (madeFolder) {
            try {
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // not empty: something else was put there meanwhile; leave it
            }
        }
    }

    private static VaultException failure(Path folder, Exception e) {
        if (e instanceof DatabaseOpenException db) {
            return VaultErrors.database(folder, db);
        }
        return VaultErrors.cannotWrite(folder, e);
    }
}
