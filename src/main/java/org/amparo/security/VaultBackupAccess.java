package org.amparo.security;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What backups need from the vault and nothing more: the open vault's folder, key-slot file and key, keys unwrapped
 * from a backup's copy of a key-slot file, and the swap of the vault's files for a restored copy. All methods block.
 */
public interface VaultBackupAccess {

    /** The open vault's folder. @throws IllegalStateException if the vault is locked */
    Path openFolder();

    /** The open vault's key-slot file as it is on disk (copied into each backup). */
    byte[] keySlotFile() throws IOException;

    /** The open vault's key. @throws IllegalStateException if the vault is locked */
    VaultKey openKey();

    /** The key that {@code keySlotFile} (a backup's copy) wraps for {@code user}'s {@code password}. */
    VaultKey unlock(byte[] keySlotFile, String user, char[] password) throws VaultException;

    /** The key that {@code keySlotFile} (a backup's copy) wraps for the recovery code. */
    VaultKey unlockWithRecoveryCode(byte[] keySlotFile, String recoveryCode) throws VaultException;

    /**
     * Replaces the open vault's database and key slots with those in {@code prepared} (same disk as the vault):
     * closes the database, moves {@code amparo.mv.db} and then the key-slot files in with atomic renames, and reopens
     * the vault for the same user with {@code key} (the key of the prepared files). If the files cannot be moved, the
     * vault is reopened as it was and the error is thrown.
     */
    void replaceFiles(Path prepared, VaultKey key) throws VaultException;
}
