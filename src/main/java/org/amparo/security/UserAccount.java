package org.amparo.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * A signed-in user: her name (as she signs in), her roles and program (team). A user may hold several roles (a
 * one-person clinic's administrator is also its attorney); what she may do is the union of her roles' grants.
 * {@code role} is her most trusted role for display (in {@link Role} order); {@code roles} always contains it.
 */
public record UserAccount(String name, Role role, String program, Set<Role> roles) {

    public UserAccount {
        if (role == null) {
            throw new IllegalArgumentException("a user has at least one role");
        }
        EnumSet<Role> all = EnumSet.of(role);
        if (roles != null) {
            all.addAll(roles);
        }
        roles = Set.copyOf(all);
    }

    /** A user with one role. */
    public UserAccount(String name, Role role, String program) {
        this(name, role, program, Set.of(role));
    }

    /** A user with several roles; the first in {@link Role} order is the one shown. */
    public static UserAccount withRoles(String name, Set<Role> roles, String program) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a user has at least one role");
        }
        return new UserAccount(name, EnumSet.copyOf(roles).iterator().next(), program, roles);
    }

    public boolean has(Role wanted) {
        return roles.contains(wanted);
    }
}
