package org.amparo.security;

import java.nio.file.Path;

/** The names of the files Amparo keeps in a vault folder. */
record VaultFiles(Path dir) {

    static final String SLOTS = "keyslots.json";
    static final String SLOTS_BACKUP = "keyslots.json.bak";
    static final String RECOVERY_SLOT = "recovery-slot.json";
    static final String LOCK = "amparo.lock";

    Path slots() {
        return dir.resolve(SLOTS);
    }

    Path slotsBackup() {
        return dir.resolve(SLOTS_BACKUP);
    }

    Path recoverySlot() {
        return dir.resolve(RECOVERY_SLOT);
    }

    Path lock() {
        return dir.resolve(LOCK);
    }
}
