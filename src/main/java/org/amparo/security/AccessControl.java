package org.amparo.security;

/**
 * The permission checks services make before they read or change data (never views: a view may hide a button, but
 * the service is what refuses). Anything the matrix does not list is denied.
 */
public interface AccessControl {

    /** The signed-in user. Throws {@link IllegalStateException} while the vault is locked. */
    UserAccount current();

    boolean can(Action action, DataKind kind);

    /** Throws {@link AccessDeniedException} unless {@link #can} allows it. */
    void require(Action action, DataKind kind);

    /**
     * Whether the current user may see a case with this program and assignment: attorneys all, advocates their
     * program's, volunteers only cases assigned to them, administrators only during break-glass.
     */
    boolean canSeeCase(String program, String assignedAdvocate, String assignedAttorney);
}
