package org.amparo.security;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import org.amparo.security.data.JooqAuditStore;

/**
 * Binds {@link VaultService} (and its {@link VaultKeys}) to the H2 vault with Argon2id key slots, the permission
 * matrix ({@link AccessControl}, {@link BreakGlass}), users, and the audit chain (its store, the session entries, and
 * an optional {@link TrustedAuditAnchor} another module may bind), and the set of {@link VaultOpenTask}s other modules
 * add to, run after the session's audit entries each time the vault opens.
 */
public final class SecurityModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(VaultService.class).to(H2VaultService.class);
        bind(VaultKeys.class).to(H2VaultService.class);
        bind(AccessControl.class).to(MatrixAccessControl.class);
        bind(BreakGlass.class).to(MatrixAccessControl.class);
        bind(UserService.class).to(DefaultUserService.class);
        bind(SessionLocking.class).to(H2VaultService.class);
        bind(VaultSessionListener.class).to(SessionListeners.class);
        Multibinder.newSetBinder(binder(), VaultOpenTask.class);
        bind(AuditLog.class).to(HmacAuditLog.class);
        bind(AuditStore.class).to(JooqAuditStore.class);
        OptionalBinder.newOptionalBinder(binder(), TrustedAuditAnchor.class);
        bind(VaultBackupAccess.class).to(H2VaultBackupAccess.class);
        bind(LockoutOverride.class).to(AdministratorLockoutOverride.class);
    }
}
