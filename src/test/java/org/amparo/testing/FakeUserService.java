package org.amparo.testing;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.amparo.security.Role;
import org.amparo.security.UserRow;
import org.amparo.security.UserService;
import org.amparo.security.VaultException;
import org.amparo.security.VaultService;

/**
 * Users in memory for UI tests; passwords go to the (fake) vault's {@code setPassword}, so tests can see them.
 * Refuses a duplicate name or a removed last administrator like the real service.
 */
@Singleton
public final class FakeUserService implements UserService {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC);
    private final VaultService vault;
    private final List<UserRow> rows = new ArrayList<>();
    private VaultException nextFailure;

    @Inject
    public FakeUserService(VaultService vault) {
        this.vault = vault;
    }

    public synchronized void put(String name, Set<Role> roles, String program, boolean active) {
        rows.removeIf(r -> r.name().equalsIgnoreCase(name));
        rows.add(new UserRow(name, roles, program, active, T0, "test", T0, "test", 0));
    }

    public synchronized void failNextWith(VaultException failure) {
        nextFailure = failure;
    }

    @Override
    public synchronized List<UserRow> list() {
        return rows.stream().sorted(Comparator.comparing(r -> r.name().toLowerCase())).toList();
    }

    @Override
    public synchronized void add(String name, Set<Role> roles, String program, char[] password)
            throws VaultException {
        throwPlanned();
        if (rows.stream().anyMatch(r -> r.active() && r.name().equalsIgnoreCase(name.strip()))) {
            throw new VaultException(VaultException.Reason.INVALID_INPUT, "There is already a user called " + name);
        }
        vault.setPassword(name, password);
        put(name.strip(), roles, program, true);
    }

    @Override
    public synchronized void remove(String name) throws VaultException {
        throwPlanned();
        UserRow row = find(name);
        put(row.name(), row.roles(), row.program(), false);
    }

    @Override
    public synchronized void resetPassword(String name, char[] password) throws VaultException {
        throwPlanned();
        vault.setPassword(find(name).name(), password);
    }

    @Override
    public synchronized void changeRoles(String name, Set<Role> roles, String program) throws VaultException {
        throwPlanned();
        put(find(name).name(), roles, program, true);
    }

    @Override
    public synchronized void setPasswordAfterRecovery(String name, char[] password) throws VaultException {
        vault.setPassword(name, password);
    }

    private UserRow find(String name) throws VaultException {
        return rows.stream().filter(r -> r.active() && r.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new VaultException(VaultException.Reason.INVALID_INPUT, "There is no such user."));
    }

    private void throwPlanned() throws VaultException {
        if (nextFailure != null) {
            VaultException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
    }
}
