package org.amparo.security;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.Transactions;
import org.amparo.security.data.UserRepository;

/**
 * {@link UserService} over {@code app_user} and the key-slot file. The slot changes first where a slot is added
 * (so a failed row write can take it back), last where one is removed (so a crash leaves an inactive row, which
 * grants nothing, rather than an active row without a slot).
 */
public final class DefaultUserService implements UserService {

    static final String DEFAULT_PROGRAM = "main";

    private final UserRepository users;
    private final VaultService vault;
    private final VaultKeys keys;
    private final AccessControl access;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    /** {@code database} gives the transactions (a {@code Database} is {@code Transactions}). */
    @Inject
    public DefaultUserService(UserRepository users, VaultService vault, VaultKeys keys, AccessControl access,
                              AuditLog audit, Database database) {
        this(users, vault, keys, access, audit, database, Clock.systemUTC());
    }

    DefaultUserService(UserRepository users, VaultService vault, VaultKeys keys, AccessControl access,
                       AuditLog audit, Transactions transactions, Clock clock) {
        this.users = users;
        this.vault = vault;
        this.keys = keys;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<UserRow> list() {
        access.require(Action.READ, DataKind.USER);
        return users.list();
    }

    @Override
    public void add(String name, Set<Role> roles, String program, char[] password) throws VaultException {
        access.require(Action.CREATE, DataKind.USER);
        String user = cleanName(name);
        requireRoles(roles);
        if (activeRow(user).isPresent()) {
            throw invalid("There is already a user called " + user + ".");
        }
        vault.setPassword(user, password);
        try {
            transactions.inTransaction(() -> {
                users.upsert(user, roles, program(program), by(), now());
                audit.record(AuditAction.USER_ADDED, "user", user);
            });
        } catch (RuntimeException e) {
            keys.removePassword(user);
            throw e;
        }
    }

    @Override
    public void remove(String name) throws VaultException {
        access.require(Action.DELETE, DataKind.USER);
        UserRow row = activeRow(cleanName(name)).orElseThrow(() -> invalid("There is no such user."));
        if (row.name().equalsIgnoreCase(by())) {
            throw invalid("You cannot remove yourself.");
        }
        if (row.roles().contains(Role.ADMINISTRATOR) && users.countActive(Role.ADMINISTRATOR) <= 1) {
            throw invalid("The last administrator cannot be removed.");
        }
        transactions.inTransaction(() -> {
            users.deactivate(row.name(), by(), now());
            audit.record(AuditAction.USER_REMOVED, "user", row.name());
        });
        keys.removePassword(row.name());
    }

    @Override
    public void resetPassword(String name, char[] password) throws VaultException {
        access.require(Action.UPDATE, DataKind.USER);
        UserRow row = activeRow(cleanName(name)).orElseThrow(() -> invalid("There is no such user."));
        vault.setPassword(row.name(), password);
        transactions.inTransaction(() -> audit.record(AuditAction.PASSWORD_RESET, "user", row.name()));
    }

    @Override
    public void changeRoles(String name, Set<Role> roles, String program) throws VaultException {
        access.require(Action.MANAGE, DataKind.USER);
        requireRoles(roles);
        UserRow row = activeRow(cleanName(name)).orElseThrow(() -> invalid("There is no such user."));
        if (row.roles().contains(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)
                && users.countActive(Role.ADMINISTRATOR) <= 1) {
            throw invalid("The last administrator keeps the administrator role.");
        }
        transactions.inTransaction(() -> {
            users.updateRoles(row.name(), roles, program(program), by(), now());
            audit.record(AuditAction.ROLE_CHANGED, "user", row.name());
        });
        if (access instanceof MatrixAccessControl matrix) {
            matrix.forget();
        }
    }

    @Override
    public void setPasswordAfterRecovery(String name, char[] password) throws VaultException {
        if (!H2VaultService.RECOVERY_USER.equals(vault.currentUser().orElse(""))) {
            throw new AccessDeniedException("Only after opening the vault with the recovery code.");
        }
        String user = cleanName(name);
        vault.setPassword(user, password);
        transactions.inTransaction(() -> {
            if (activeRow(user).isEmpty()) {
                users.upsert(user, EnumSet.of(Role.ADMINISTRATOR, Role.ATTORNEY), DEFAULT_PROGRAM, by(), now());
                audit.record(AuditAction.USER_ADDED, "user", user);
            }
            audit.record(AuditAction.PASSWORD_RESET, "user", user);
        });
    }

    private Optional<UserRow> activeRow(String name) {
        return users.find(name).filter(UserRow::active);
    }

    private static String cleanName(String name) throws VaultException {
        String user = UserNames.clean(name);
        if (user == null) {
            throw VaultErrors.badUserName();
        }
        return user;
    }

    private static void requireRoles(Set<Role> roles) throws VaultException {
        if (roles == null || roles.isEmpty()) {
            throw invalid("Choose at least one role.");
        }
    }

    private static String program(String program) {
        return program == null || program.isBlank() ? DEFAULT_PROGRAM : program.strip();
    }

    private String by() {
        return vault.currentUser().orElse("");
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static VaultException invalid(String message) {
        return new VaultException(VaultException.Reason.INVALID_INPUT, message);
    }
}
