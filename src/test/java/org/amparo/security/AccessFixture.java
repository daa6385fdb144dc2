package org.amparo.security;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.data.BreakGlassRepository;
import org.amparo.security.data.UserRepository;
import org.amparo.testing.FakeVaultService;

/**
 * The real access control and user service over a fresh in-memory database, a fake vault whose signed-in user the
 * test picks, key slots kept in a list, and an audit log that records in memory.
 */
final class AccessFixture {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC);

    final Database db = TestDatabases.freshInMemory();
    final FakeVaultService vault = new FakeVaultService();
    final FakeKeys keys = new FakeKeys();
    final UserRepository users = new UserRepository(db);
    final TestSecurity.RecordingAuditLog audit = new TestSecurity.RecordingAuditLog();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
    final MatrixAccessControl access = new MatrixAccessControl(vault, keys, users, new BreakGlassRepository(db), db,
            () -> audit, clock);
    final DefaultUserService service = new DefaultUserService(users, vault, keys, access, audit, db, clock);

    /** Signs {@code name} in (a new session) without touching {@code app_user}. */
    AccessFixture signIn(String name) {
        vault.lock();
        Path dir = Path.of("/vault-" + name.hashCode());
        vault.addVault(dir, name, "fixture password 1");
        try {
            vault.open(dir, name, "fixture password 1".toCharArray());
        } catch (VaultException e) {
            throw new IllegalStateException(e);
        }
        keys.session++;
        if (!keys.slots.contains(name)) {
            keys.slots.add(name);
        }
        return this;
    }

    /** Gives {@code name} a row with these roles and signs her in. */
    AccessFixture as(String name, Set<Role> roles, String program) {
        users.upsert(name, roles, program, "fixture", T0);
        return signIn(name);
    }

    /** Key slots as a list of names. */
    static final class FakeKeys implements VaultKeys {
        final List<String> slots = new ArrayList<>();
        long session;

        @Override
        public List<String> slotUsers() {
            return List.copyOf(slots);
        }

        @Override
        public boolean removePassword(String user) {
            return slots.removeIf(s -> s.equalsIgnoreCase(user));
        }

        @Override
        public long session() {
            return session;
        }
    }
}
