package org.amparo.security;

import com.google.inject.AbstractModule;

/**
 * Binds {@link VaultService} (and its {@link VaultKeys}) to the H2 vault with Argon2id key slots, the permission
 * matrix ({@link AccessControl}, {@link BreakGlass}), users, and the audit log.
 */
public final class SecurityModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(VaultService.class).to(H2VaultService.class);
        bind(VaultKeys.class).to(H2VaultService.class);
        bind(AccessControl.class).to(MatrixAccessControl.class);
        bind(BreakGlass.class).to(MatrixAccessControl.class);
        bind(UserService.class).to(DefaultUserService.class);
        bind(AuditLog.class).to(InterimAuditLog.class);
    }
}
