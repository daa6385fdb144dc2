package org.amparo.testing;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.amparo.security.AccessControl;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.Action;
import org.amparo.security.BreakGlass;
import org.amparo.security.DataKind;
import org.amparo.security.Role;
import org.amparo.security.UserAccount;
import org.amparo.security.VaultService;

/**
 * With fake services: the fake vault's signed-in user is an administrator only, so client data is refused except
 * during a break-glass (read only, with the service's reason and length rules). The real rules are
 * {@code MatrixAccessControl}'s, tested on a real database; this lets UI tests use the in-memory clients.
 */
@Singleton
public final class AdministratorOnlyAccess implements AccessControl, BreakGlass {

    private static final Set<DataKind> ADMIN_DATA = EnumSet.of(DataKind.AGGREGATE_REPORT, DataKind.REFERENCE_DATA,
            DataKind.USER, DataKind.BACKUP, DataKind.AUDIT_LOG, DataKind.SETTINGS);

    private final VaultService vault;
    private final Clock clock = Clock.systemUTC();
    private volatile Instant until;

    @Inject
    public AdministratorOnlyAccess(VaultService vault) {
        this.vault = vault;
    }

    @Override
    public UserAccount current() {
        String name = vault.currentUser().orElseThrow(() -> new IllegalStateException("The vault is locked"));
        return new UserAccount(name, Role.ADMINISTRATOR, "main");
    }

    @Override
    public boolean can(Action action, DataKind kind) {
        return vault.isOpen() && (ADMIN_DATA.contains(kind) || action == Action.READ && glass());
    }

    @Override
    public void require(Action action, DataKind kind) {
        if (!can(action, kind)) {
            throw new AccessDeniedException("Your role does not allow this.");
        }
    }

    @Override
    public boolean canSeeCase(String program, String assignedAdvocate, String assignedAttorney) {
        return vault.isOpen() && glass();
    }

    @Override
    public void begin(String reason, Duration length) {
        current();
        if (reason == null || reason.strip().length() < MIN_REASON_LENGTH) {
            throw new IllegalArgumentException("A reason of at least " + MIN_REASON_LENGTH + " characters is required");
        }
        until = clock.instant().plus(length);
    }

    @Override
    public void end() {
        until = null;
    }

    @Override
    public Optional<Instant> activeUntil() {
        return glass() ? Optional.of(until) : Optional.empty();
    }

    private boolean glass() {
        Instant end = until;
        return end != null && clock.instant().isBefore(end);
    }
}
