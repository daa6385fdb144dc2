package org.amparo.security;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One vault's database key, held inside {@code security} for backups: it derives purpose-bound keys and opens copies
 * of the vault's database file (a trial restore), but never hands out the key itself. Close it to wipe the key.
 */
public interface VaultKey extends AutoCloseable {

    /** The id of the vault whose key this is (from its key-slot file). */
    String vaultId();

    /** As {@link VaultService#derivedKey(String)}, for this key. The caller zeroes the array. */
    byte[] derivedKey(String purpose);

    /** One read-only connection, without migrations, to the database file {@code amparo.mv.db} in {@code dir}. */
    Connection openCopy(Path dir) throws SQLException;

    /**
     * This vault key with the database key that {@code keySlotFile} (a backup's copy of the key file) wraps, to open
     * that backup's database: the database key may have been rotated since. Close the result as well.
     *
     * @throws IllegalArgumentException if the key file is damaged or does not belong to this key
     */
    VaultKey forKeySlotFile(byte[] keySlotFile);

    @Override
    void close();
}
