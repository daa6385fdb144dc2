package org.amparo.security;

import java.nio.file.Path;

/**
 * Rotating the open vault's database key (issue 7), for administrators: a verified backup first, then the database
 * is re-encrypted into a new file under a new random key and swapped in; every password and the recovery code keep
 * working, and the audit chain keeps verifying. Blocking (it copies the database): call from a background task.
 */
public interface KeyRotationService {

    /** Whether the signed-in user may rotate the key (an administrator); false while locked. */
    boolean mayRotate();

    /**
     * Rotates the key. The vault is open afterwards either way: with the new key on success, with the old one when
     * this throws.
     *
     * @throws AccessDeniedException if the signed-in user is not an administrator
     * @throws VaultException {@code IO} with a message fit to show if the backup or the rotation failed
     */
    Rotated rotate() throws VaultException;

    /** A finished rotation: the key's generation now (1 after the first) and the backup made just before it. */
    record Rotated(int generation, Path backup) {
    }
}
