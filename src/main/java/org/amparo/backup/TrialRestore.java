package org.amparo.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.amparo.backup.data.TableDigests;
import org.amparo.backup.data.TableDigests.TableDigest;
import org.amparo.platform.db.H2FileDatabase;
import org.amparo.security.VaultKey;

/**
 * Unpacks a backup into a folder and proves it: every chunk's tag, the manifest against the header, the zip holding
 * exactly the database file, and the database (opened read-only with the vault key) having the manifest's row
 * counts and table hashes. Nothing outside the given folder is written.
 */
final class TrialRestore {

    /** The key-derivation purpose of backup keys. */
    static final String KEY_PURPOSE = "backup/v1";

    private TrialRestore() {
    }

    /** A backup that passed every check. */
    record Checked(BackupHeader header, BackupManifest manifest) {
    }

    /** Unpacks and checks {@code file} into the empty folder {@code into}; returns its header and manifest. */
    static Checked restore(Path file, VaultKey key, Path into) throws IOException {
        byte[] backupKey = key.derivedKey(KEY_PURPOSE);
        BackupFile.Opened opened;
        try {
            opened = BackupFile.open(file, backupKey);
        } finally {
            java.util.Arrays.fill(backupKey, (byte) 0);
        }
        try (opened) {
            if (!opened.header().vaultId().equals(key.vaultId())) {
                throw new DamagedBackupException("This backup belongs to another vault.");
            }
            unzip(opened.zip(), into);
        }
        try (VaultKey ofBackup = keyOf(opened.header(), key)) {
            compare(opened.manifest(), digest(into, ofBackup));
        }
        return new Checked(opened.header(), opened.manifest());
    }

    /** The key that opens the backup's database: its own key file's database key (it may predate a rotation). */
    private static VaultKey keyOf(BackupHeader header, VaultKey key) throws DamagedBackupException {
        try {
            return key.forKeySlotFile(header.keySlotFile());
        } catch (IllegalArgumentException e) {
            throw new DamagedBackupException("The backup's copy of the key file cannot be used ("
                    + e.getMessage() + ").", e);
        }
    }

    /** Row counts and hashes of the database file {@code amparo.mv.db} in {@code dir}. */
    static Map<String, TableDigest> digest(Path dir, VaultKey key) throws IOException {
        try (Connection connection = key.openCopy(dir)) {
            return TableDigests.of(connection);
        } catch (SQLException e) {
            throw new DamagedBackupException("The backup's database cannot be opened (H2 error "
                    + e.getErrorCode() + ").", e);
        }
    }

    /** Extracts the zip's one database file, then reads the stream to its end so the last chunk is checked too. */
    static void unzip(InputStream data, Path into) throws IOException {
        ZipInputStream zip = new ZipInputStream(data);
        boolean found = false;
        try {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (found || !H2FileDatabase.DATA_FILE.equals(entry.getName())) {
                    throw new DamagedBackupException("The backup holds an unexpected file: " + entry.getName());
                }
                found = true;
                try (OutputStream out = Files.newOutputStream(into.resolve(H2FileDatabase.DATA_FILE),
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    zip.transferTo(out);
                }
            }
        } catch (ZipException e) {
            throw new DamagedBackupException("The backup's archive is damaged.", e);
        }
        data.transferTo(OutputStream.nullOutputStream());
        if (!found) {
            throw new DamagedBackupException("The backup holds no database.");
        }
    }

    private static void compare(BackupManifest manifest, Map<String, TableDigest> actual)
            throws DamagedBackupException {
        if (!manifest.rowCounts().keySet().equals(actual.keySet())
                || !manifest.tableHashes().keySet().equals(actual.keySet())) {
            throw new DamagedBackupException("The backup's tables differ from its manifest.");
        }
        for (Map.Entry<String, TableDigest> table : actual.entrySet()) {
            TableDigest digest = table.getValue();
            if (!Objects.equals(manifest.rowCounts().get(table.getKey()), digest.rows())
                    || !manifest.tableHashes().get(table.getKey()).equals(digest.sha256())) {
                throw new DamagedBackupException("The backup's table " + table.getKey()
                        + " differs from its manifest.");
            }
        }
    }
}
