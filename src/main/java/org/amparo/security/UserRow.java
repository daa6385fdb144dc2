package org.amparo.security;

import java.time.OffsetDateTime;
import java.util.Set;

/** A user as the administrator's list shows her: name, roles, program, whether she may still sign in, and when. */
public record UserRow(String name, Set<Role> roles, String program, boolean active, OffsetDateTime createdAt,
                      String createdBy, OffsetDateTime updatedAt, String updatedBy, int version) {

    public UserRow {
        roles = Set.copyOf(roles);
    }

    /** Her account for permission checks. */
    public UserAccount account() {
        return UserAccount.withRoles(name, roles, program);
    }
}
