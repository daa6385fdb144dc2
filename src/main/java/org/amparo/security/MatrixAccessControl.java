package org.amparo.security;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.Transactions;
import org.amparo.security.data.BreakGlassRepository;
import org.amparo.security.data.UserRepository;

/**
 * The real {@link AccessControl}: the signed-in user's roles from {@code app_user} checked against the
 * {@link PermissionMatrix}, plus an administrator's {@link BreakGlass}. The account is read once per session (on the
 * first check, from a background thread) and cached until the vault is opened again or her roles change.
 *
 * <p>Vaults made before users had rows (and a vault just created by {@code init}, first run or {@code demo}): while
 * {@code app_user} is empty, every name in the key-slot file is given a row as administrator and attorney, so a
 * one-person clinic keeps working. Once any row exists, a slot without an active row opens the vault but grants
 * nothing. The recovery-code session is an administrator (it can set passwords, not read client data).
 */
@Singleton
public final class MatrixAccessControl implements AccessControl, BreakGlass {

    private final VaultService vault;
    private final VaultKeys keys;
    private final UserRepository users;
    private final BreakGlassRepository glass;
    private final Transactions transactions;
    private final Provider<AuditLog> audit;
    private final Clock clock;
    private volatile Cached cached;
    private volatile Glass broken;

    private record Cached(long session, UserAccount account) {
    }

    private record Glass(long id, long session, String user, Instant until) {
    }

    /** {@code database} gives the transactions (a {@code Database} is {@code Transactions}). */
    @Inject
    public MatrixAccessControl(VaultService vault, VaultKeys keys, UserRepository users, BreakGlassRepository glass,
                               Database database, Provider<AuditLog> audit) {
        this(vault, keys, users, glass, database, audit, Clock.systemUTC());
    }

    MatrixAccessControl(VaultService vault, VaultKeys keys, UserRepository users, BreakGlassRepository glass,
                        Transactions transactions, Provider<AuditLog> audit, Clock clock) {
        this.vault = vault;
        this.keys = keys;
        this.users = users;
        this.glass = glass;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public UserAccount current() {
        String name = vault.currentUser().orElseThrow(() -> new IllegalStateException("The vault is locked"));
        if (H2VaultService.RECOVERY_USER.equals(name)) {
            return new UserAccount(name, Role.ADMINISTRATOR, "main");
        }
        long session = keys.session();
        Cached known = cached;
        if (known != null && known.session() == session && known.account().name().equalsIgnoreCase(name)) {
            return known.account();
        }
        UserAccount account = load(name);
        cached = new Cached(session, account);
        return account;
    }

    /** Forgets the cached account (her roles were changed). */
    void forget() {
        cached = null;
    }

    @Override
    public boolean can(Action action, DataKind kind) {
        Optional<UserAccount> user = signedIn();
        if (user.isEmpty()) {
            return false;
        }
        return PermissionMatrix.allows(user.get().roles(), action, kind) || byGlass(user.get(), action, kind);
    }

    /**
     * As {@link #can}; a read allowed only by break-glass is recorded ({@code READ_PROTECTED} on
     * {@code break_glass} "id/KIND"), so every read an administrator makes through the glass is in the audit log.
     */
    @Override
    public void require(Action action, DataKind kind) {
        Optional<UserAccount> user = signedIn();
        if (user.isPresent() && PermissionMatrix.allows(user.get().roles(), action, kind)) {
            return;
        }
        Glass current = broken;
        if (user.isPresent() && current != null && byGlass(user.get(), action, kind)) {
            transactions.inTransaction(() -> audit.get().record(AuditAction.READ_PROTECTED, "break_glass",
                    current.id() + "/" + kind.name()));
            return;
        }
        throw new AccessDeniedException("Your role does not allow this (" + action.name().toLowerCase(Locale.ROOT)
                + ", " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ").");
    }

    @Override
    public boolean canSeeCase(String program, String assignedAdvocate, String assignedAttorney) {
        Optional<UserAccount> signedIn = signedIn();
        if (signedIn.isEmpty()) {
            return false;
        }
        UserAccount user = signedIn.get();
        boolean assigned = same(user.name(), assignedAdvocate) || same(user.name(), assignedAttorney);
        return user.has(Role.ATTORNEY)
                || user.has(Role.ADVOCATE) && (same(user.program(), program) || assigned)
                || user.has(Role.VOLUNTEER) && assigned
                || glassFor(user);
    }

    @Override
    public void begin(String reason, Duration length) {
        UserAccount user = current();
        if (!user.has(Role.ADMINISTRATOR) || H2VaultService.RECOVERY_USER.equals(user.name())) {
            throw new AccessDeniedException(
                    "Only an administrator signed in with her own password can break the glass.");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON_LENGTH) {
            throw new IllegalArgumentException("A reason of at least " + MIN_REASON_LENGTH + " characters is required");
        }
        if (length == null || length.compareTo(Duration.ofMinutes(1)) < 0 || length.compareTo(MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("Break-glass lasts between one minute and " + MAX_LENGTH.toMinutes()
                    + " minutes");
        }
        Instant now = clock.instant();
        Instant until = now.plus(length);
        long id = transactions.inTransaction(() -> {
            long row = glass.insert(user.name(), why, now.atOffset(ZoneOffset.UTC), until.atOffset(ZoneOffset.UTC));
            audit.get().record(AuditAction.BREAK_GLASS, "break_glass", Long.toString(row));
            return row;
        });
        broken = new Glass(id, keys.session(), user.name(), until);
    }

    /** Ends it and records {@code BREAK_GLASS_ENDED} (a lock ends it too, recorded as the session's lock entry). */
    @Override
    public void end() {
        Glass current = broken;
        broken = null;
        if (current != null && current.session() == keys.session() && vault.isOpen()) {
            transactions.inTransaction(() -> audit.get().record(AuditAction.BREAK_GLASS_ENDED, "break_glass",
                    Long.toString(current.id())));
        }
    }

    @Override
    public Optional<Instant> activeUntil() {
        Glass current = broken;
        Optional<UserAccount> user = signedIn();
        return user.isPresent() && glassFor(user.get()) ? Optional.of(current.until()) : Optional.empty();
    }

    private boolean byGlass(UserAccount user, Action action, DataKind kind) {
        return glassFor(user) && PermissionMatrix.CLIENT_DATA.contains(kind)
                && PermissionMatrix.BREAK_GLASS_GRANT.contains(action);
    }

    private boolean glassFor(UserAccount user) {
        Glass current = broken;
        return current != null && current.session() == keys.session() && current.user().equals(user.name())
                && user.has(Role.ADMINISTRATOR) && clock.instant().isBefore(current.until());
    }

    private Optional<UserAccount> signedIn() {
        if (!vault.isOpen()) {
            return Optional.empty();
        }
        try {
            return Optional.of(current());
        } catch (AccessDeniedException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private synchronized UserAccount load(String name) {
        Optional<UserRow> row = users.find(name);
        if (row.isEmpty() && users.count() == 0) {
            adoptSlotUsers();
            row = users.find(name);
        }
        if (row.isEmpty() || !row.get().active() || row.get().roles().isEmpty()) {
            throw new AccessDeniedException("This sign-in has no account in this vault; ask an administrator.");
        }
        return row.get().account();
    }

    /** A vault without user rows: every slot user becomes administrator and attorney (audited). */
    private void adoptSlotUsers() {
        List<String> names;
        try {
            names = keys.slotUsers();
        } catch (VaultException e) {
            throw new IllegalStateException("The key-slot file cannot be read", e);
        }
        transactions.inTransaction(() -> {
            for (String slotUser : names) {
                users.upsert(slotUser, EnumSet.of(Role.ADMINISTRATOR, Role.ATTORNEY), "main", slotUser,
                        clock.instant().atOffset(ZoneOffset.UTC));
                audit.get().record(AuditAction.USER_ADDED, "user", slotUser);
            }
        });
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
