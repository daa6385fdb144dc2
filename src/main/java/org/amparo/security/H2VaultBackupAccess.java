package org.amparo.security;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
        KeySlotFile decoded = decode(slots);
        byte[] recovery = decoded.recoverySlot().isPresent() ? KeySlotStore.recoveryCopy(decoded) : slots;
        byte[] newKey = held.keyCopy();
        try {
            vault.replaceFiles(dir -> swap(prepared, dir, slots, recovery), newKey);
        } finally {
            Arrays.fill(newKey, (byte) 0);
        }
    }

    /**
     * As a key rotation's swap ({@link KeyRotation#swapIn}): a crash at any point leaves the old vault or the
     * restored one, never a database beside a key file of another database key.
     */
    private static void swap(Path prepared, Path dir, byte[] slots, byte[] recovery) throws IOException {
        new KeyRotation(new VaultFiles(dir), KeyRotation.StepHook.NONE)
                .swapIn(prepared.resolve(H2FileDatabase.DATA_FILE), slots, recovery);
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
