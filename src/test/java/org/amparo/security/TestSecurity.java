package org.amparo.security;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.amparo.platform.db.Database;
import org.amparo.security.data.BreakGlassRepository;
import org.amparo.security.data.UserRepository;
import org.amparo.testing.FakeVaultService;

/** Access and audit doubles for service tests that are not about permissions. */
public final class TestSecurity {

    private TestSecurity() {
    }

    /** A signed-in user whose every check passes. */
    public static AccessControl permitAll(String user, Role role, String program) {
        return permitAll(new UserAccount(user, role, program));
    }

    /** A signed-in {@code account} (any roles) whose every check passes. */
    public static AccessControl permitAll(UserAccount account) {
        return new AccessControl() {
            @Override
            public UserAccount current() {
                return account;
            }

            @Override
            public boolean can(Action action, DataKind kind) {
                return true;
            }

            @Override
            public void require(Action action, DataKind kind) {
            }

            @Override
            public boolean canSeeCase(String program, String advocate, String attorney) {
                return true;
            }
        };
    }

    /**
     * The real permission matrix ({@link MatrixAccessControl}) with {@code user} signed in holding {@code roles} in
     * {@code program}; her {@code app_user} row is written into {@code db}.
     */
    public static AccessControl asUser(Database db, String user, String program, Role... roles) {
        return asUser(db, user, program, Clock.systemUTC(), new RecordingAuditLog(), roles);
    }

    /** As {@link #asUser(Database, String, String, Role...)} with a test's clock and audit log (break-glass tests). */
    public static MatrixAccessControl asUser(Database db, String user, String program, Clock clock, AuditLog audit,
            Role... roles) {
        AccessFixture.FakeKeys keys = new AccessFixture.FakeKeys();
        keys.session = 1;
        FakeVaultService vault = new FakeVaultService();
        Path dir = Path.of("/test-vault");
        vault.addVault(dir, user, "test password 12");
        try {
            vault.open(dir, user, "test password 12".toCharArray());
        } catch (VaultException e) {
            throw new IllegalStateException(e);
        }
        UserRepository users = new UserRepository(db);
        users.upsert(user, EnumSet.copyOf(List.of(roles)), program, "test", AccessFixture.T0);
        return new MatrixAccessControl(vault, keys, users, new BreakGlassRepository(db), db, () -> audit, clock);
    }

    /** An audit log that keeps its entries in memory, for asserting what a service recorded. */
    public static final class RecordingAuditLog implements AuditLog {

        /** One recorded entry. */
        public record Entry(AuditAction action, String entityType, String entityId) {
        }

        private final List<Entry> entries = new ArrayList<>();

        @Override
        public synchronized void record(AuditAction action, String entityType, String entityId) {
            entries.add(new Entry(action, entityType, entityId));
        }

        @Override
        public synchronized AuditAnchor head() {
            return entries.isEmpty() ? AuditAnchor.EMPTY : new AuditAnchor(entries.size(), "");
        }

        public synchronized List<Entry> entries() {
            return List.copyOf(entries);
        }
    }
}
