package org.amparo.security;

import java.util.List;

/**
 * Key-slot administration of the open vault, beside {@link VaultService}: the slots' user names and removing a slot.
 * Role checks belong to the caller ({@link UserService}). All methods block.
 */
public interface VaultKeys {

    /** The names of the users who have a key slot (not the recovery slot). */
    List<String> slotUsers() throws VaultException;

    /** Deletes {@code user}'s key slot; her password no longer opens the vault. False if she had none. */
    boolean removePassword(String user) throws VaultException;

    /** A number that changes every time a vault is opened (so caches of the signed-in user can tell sessions apart). */
    long session();
}
