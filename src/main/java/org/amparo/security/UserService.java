package org.amparo.security;

import java.util.List;
import java.util.Set;

/**
 * The vault's users: who they are, their roles and program, and their key slots. Every method is for administrators
 * only ({@link Action#MANAGE} on {@link DataKind#USER}) and audited. Adding, removing or resetting a user changes key
 * slots only: the database key stays the same. Blocking; call from a background task.
 */
public interface UserService {

    /** Every user, removed ones included (inactive), by name. */
    List<UserRow> list();

    /**
     * Adds a user with her roles, program and first password (she gets her own key slot).
     *
     * @throws VaultException {@code INVALID_INPUT} for an unusable name, a weak password, no role, or a name that is
     *         already an active user
     */
    void add(String name, Set<Role> roles, String program, char[] password) throws VaultException;

    /**
     * Removes a user: her key slot is deleted and her row deactivated (the audit log still names her). Refused for
     * the signed-in user herself and for the last administrator.
     */
    void remove(String name) throws VaultException;

    /** Gives her a new password (re-wraps her slot only). */
    void resetPassword(String name, char[] password) throws VaultException;

    /** Changes her roles and program; the last administrator keeps the administrator role. */
    void changeRoles(String name, Set<Role> roles, String program) throws VaultException;

    /**
     * After the vault was opened with the recovery code: sets {@code name}'s password; a name that is not an active
     * user becomes one, as administrator and attorney (whoever holds the recovery code owns the vault).
     */
    void setPasswordAfterRecovery(String name, char[] password) throws VaultException;
}
