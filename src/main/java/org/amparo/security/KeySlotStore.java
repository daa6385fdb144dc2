package org.amparo.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.amparo.security.KeySlotCodec.DamagedSlotFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes a vault's key-slot files: the primary, its copy, and the separate recovery slot. */
final class KeySlotStore {

    private static final Logger LOG = LoggerFactory.getLogger(KeySlotStore.class);

    private final VaultFiles files;

    KeySlotStore(VaultFiles files) {
        this.files = files;
    }

    Path dir() {
        return files.dir();
    }

    /** The primary slot file, else its copy; empty when neither exists or both are damaged. */
    Optional<KeySlotFile> read() {
        Optional<KeySlotFile> primary = readOne(files.slots());
        return primary.isPresent() ? primary : readOne(files.slotsBackup());
    }

    /** The recovery slot from the slot files, else from {@code recovery-slot.json}. */
    Optional<RecoverySource> readRecovery() {
        Optional<KeySlotFile> main = read();
        if (main.isPresent() && main.get().recoverySlot().isPresent()) {
            return Optional.of(new RecoverySource(main.get(), true));
        }
        return readOne(files.recoverySlot())
                .filter(f -> f.recoverySlot().isPresent())
                .map(f -> new RecoverySource(f, false));
    }

    /** Writes the primary, then the copy (each atomically). */
    void write(KeySlotFile file) throws IOException {
        byte[] bytes = KeySlotCodec.encode(file);
        AtomicFiles.write(files.slots(), bytes);
        AtomicFiles.write(files.slotsBackup(), bytes);
    }

    void writeRecoveryCopy(KeySlotFile file) throws IOException {
        AtomicFiles.write(files.recoverySlot(), recoveryCopy(file));
    }

    /** The bytes of {@code recovery-slot.json} for {@code file}: its recovery slot and database key only. */
    static byte[] recoveryCopy(KeySlotFile file) {
        KeySlot recovery = file.recoverySlot().orElseThrow();
        KeySlotFile only = KeySlotFile.of(file.vaultId(), List.of(recovery));
        return KeySlotCodec.encode(file.databaseKey() == null ? only : only.withDatabaseKey(file.databaseKey()));
    }

    /** Keeps damaged slot files aside (never deletes them) before new ones are written. */
    void setAsideDamaged() throws IOException {
        for (Path path : List.of(files.slots(), files.slotsBackup())) {
            if (Files.exists(path)) {
                Files.move(path, path.resolveSibling(path.getFileName() + ".damaged-" + System.currentTimeMillis()));
            }
        }
    }

    private Optional<KeySlotFile> readOne(Path path) {
        try {
            return Optional.of(KeySlotCodec.decode(Files.readAllBytes(path)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | DamagedSlotFileException e) {
            LOG.warn("Key-slot file {} cannot be used ({})", path.getFileName(), e.getMessage());
            return Optional.empty();
        }
    }

    /** A recovery slot and the file it came from; {@code fromSlotFile} is false for the separate copy. */
    record RecoverySource(KeySlotFile file, boolean fromSlotFile) {
    }
}
