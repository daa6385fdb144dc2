package org.amparo.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.amparo.security.VaultService.VaultState;

/** What a folder is, as far as vaults go, without opening anything; and the folder checks before opening one. */
final class VaultFolderCheck {

    private VaultFolderCheck() {
    }

    static VaultState state(Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        if (!Files.exists(folder)) {
            return VaultState.MISSING;
        }
        if (!Files.isDirectory(folder)) {
            return VaultState.NOT_A_VAULT;
        }
        VaultFiles files = new VaultFiles(folder);
        if (Files.exists(files.slots()) || Files.exists(files.slotsBackup()) || Files.exists(files.recoverySlot())) {
            return VaultState.VAULT;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent() ? VaultState.NOT_A_VAULT : VaultState.EMPTY_FOLDER;
        } catch (IOException e) {
            return VaultState.NOT_A_VAULT;
        }
    }

    /** The normalized folder of an existing vault, or the error that says what is there instead. */
    static Path existing(Path dir) throws VaultException {
        Path folder = folder(dir);
        return switch (state(folder)) {
            case MISSING -> throw VaultErrors.notFound(folder);
            case EMPTY_FOLDER, NOT_A_VAULT -> throw Files.isDirectory(folder)
                    ? VaultErrors.notAVault(folder) : VaultErrors.notAFolder(folder);
            case VAULT -> folder;
        };
    }

    /** The normalized folder; refused if its name contains ';' (it would end H2's URL). */
    static Path folder(Path dir) throws VaultException {
        Path folder = dir.toAbsolutePath().normalize();
        if (folder.toString().indexOf(';') >= 0) {
            throw VaultErrors.badFolderName(folder);
        }
        return folder;
    }
}
