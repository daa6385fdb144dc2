package org.amparo.security;

import jakarta.inject.Inject;
import org.amparo.security.data.UserRepository;

/**
 * An active administrator lifts a lockout by signing in with her own password. In a vault without user rows yet,
 * every slot user is an administrator (as {@link MatrixAccessControl} treats them), so a one-person clinic is never
 * shut out of its own vault by someone else's guessing.
 */
final class AdministratorLockoutOverride implements LockoutOverride {

    private final UserRepository users;

    @Inject
    AdministratorLockoutOverride(UserRepository users) {
        this.users = users;
    }

    @Override
    public boolean liftsLockout(String user) {
        return users.find(user)
                .map(row -> row.active() && row.roles().contains(Role.ADMINISTRATOR))
                .orElseGet(() -> users.count() == 0);
    }
}
