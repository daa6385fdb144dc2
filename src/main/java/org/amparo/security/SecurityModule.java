package org.amparo.security;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import org.amparo.security.data.JooqAuditStore;

/**
 * Binds {@link VaultService} to the H2 vault with Argon2id key slots, the access service, and the audit chain (its
 * store, the session entries, and an optional {@link TrustedAuditAnchor} another module may bind).
 */
public final class SecurityModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(VaultService.class).to(H2VaultService.class);
        bind(SessionLocking.class).to(H2VaultService.class);
        bind(VaultSessionListener.class).to(AuditSessionRecorder.class);
        bind(AccessControl.class).to(InterimAccessControl.class);
        bind(AuditLog.class).to(HmacAuditLog.class);
        bind(AuditStore.class).to(JooqAuditStore.class);
        OptionalBinder.newOptionalBinder(binder(), TrustedAuditAnchor.class);
    }
}
