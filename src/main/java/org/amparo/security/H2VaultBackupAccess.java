package org.amparo.security;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.amparo.platform.db.H2FileDatabase;
import org.amparo.security.KeySlotCodec.DamagedSlotFileException;
import org.amparo.security.VaultException.Reason;

/** {@link VaultBackupAccess} for {@link H2VaultService}'s vaults. */
@Singleton
final class H2VaultBackupAccess implements VaultBackupAccess {

    private final H2VaultService vault;

    @Inject
    H2VaultBackupAccess(H2VaultService vault) {
        this.vault = vault;
    }

    @Override
    public Path openFolder() {
        return vault.openFolder();
    }

    @Override
    public byte[] keySlotFile() throws IOException {
        return Files.readAllBytes(new VaultFiles(openFolder()).slots());
    }

    @Override
    public VaultKey openKey() {
        byte[] key = vault.databaseKeyCopy();
        try {
            return HeldVaultKey.of(decode(keySlotFile()), key);
        } catch (IOException | VaultException e) {
            Arrays.fill(key, (byte) 0);
            throw new IllegalStateException("The open vault's key-slot file cannot be read", e);
        }
    }

    @Override
    public VaultKey unlock(byte[] keySlotFile, String user, char[] password) throws VaultException {
        KeySlotFile slots = decode(keySlotFile);
        KeySlot slot = slots.userSlot(user).orElseThrow(H2VaultBackupAccess::notOpened);
        byte[] key = slot.unwrap(password, slots.vaultId()).orElseThrow(H2VaultBackupAccess::notOpened);
        return HeldVaultKey.of(slots, key);
    }

    @Override
    public VaultKey unlockWithRecoveryCode(byte[] keySlotFile, String recoveryCode) throws VaultException {
        KeySlotFile slots = decode(keySlotFile);
        char[] code = RecoveryCodes.normalize(recoveryCode).orElseThrow(VaultErrors::malformedRecoveryCode)
                .toCharArray();
        try {
            KeySlot slot = slots.recoverySlot().orElseThrow(VaultErrors::wrongRecoveryCode);
            return HeldVaultKey.of(slots,
                    slot.unwrap(code, slots.vaultId()).orElseThrow(VaultErrors::wrongRecoveryCode));
        } finally {
            Arrays.fill(code, '\0');
        }
    }

    @Override
    public void replaceFiles(Path prepared, VaultKey key) throws VaultException {
        if (!(key instanceof HeldVaultKey held)) {
            throw new IllegalArgumentException("not a vault key from this service");
        }
        byte[] slots;
        try {
            slots = Files.readAllBytes(prepared.resolve(VaultFiles.SLOTS));
        } catch (IOException e) {
            throw VaultErrors.cannotWrite(prepared, e);
        }
        decode(slots);
        byte[] newKey = held.keyCopy();
        try {
            vault.replaceFiles(dir -> swap(prepared, dir, slots), newKey);
        } finally {
            Arrays.fill(newKey, (byte) 0);
        }
    }

    /** The database first (the old slots still open a database with the same key), then both slot files. */
    private static void swap(Path prepared, Path dir, byte[] slots) throws IOException {
        Files.move(prepared.resolve(H2FileDatabase.DATA_FILE), dir.resolve(H2FileDatabase.DATA_FILE),
                StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        VaultFiles files = new VaultFiles(dir);
        for (Path target : List.of(files.slots(), files.slotsBackup())) {
            AtomicFiles.write(target, slots);
        }
    }

    private static KeySlotFile decode(byte[] bytes) throws VaultException {
        try {
            return KeySlotCodec.decode(bytes);
        } catch (DamagedSlotFileException e) {
            throw new VaultException(Reason.SLOTS_DAMAGED, "The copy of the key file in this backup is damaged.");
        }
    }

    private static VaultException notOpened() {
        return new VaultException(Reason.WRONG_CREDENTIALS, "The user name or password does not open this backup "
                + "(it needs a password, or the recovery code, that was valid when the backup was made).");
    }
}
