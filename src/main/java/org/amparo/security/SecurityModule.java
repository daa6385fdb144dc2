package org.amparo.security;

import com.google.inject.AbstractModule;

/** Binds {@link VaultService} to the H2 vault with Argon2id key slots, and the access and audit services. */
public final class SecurityModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(VaultService.class).to(H2VaultService.class);
        bind(VaultBackupAccess.class).to(H2VaultBackupAccess.class);
        bind(AccessControl.class).to(InterimAccessControl.class);
        bind(AuditLog.class).to(InterimAuditLog.class);
    }
}
