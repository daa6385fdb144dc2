package org.amparo.security;

import java.util.Optional;
import org.amparo.platform.db.Database;
import org.amparo.security.data.JooqAuditStore;

/** A real audit chain on a fresh in-memory database, for tests outside this package (view models). */
public final class AuditFixture {

    public final Database db = AuditTestDatabases.pooled();
    public final AuditLog log;
    public final AuditMonitor monitor;

    /** Signed in as {@code user}; {@code access} decides who may review the log. */
    public AuditFixture(String user, AccessControl access) {
        KeyedTestVault vault = new KeyedTestVault(new byte[] {4, 2}, user);
        JooqAuditStore store = new JooqAuditStore(db);
        log = new HmacAuditLog(vault, store, db);
        monitor = new AuditMonitor(new AuditVerifier(vault, store), store, log, access, Optional.empty());
    }

    /** Raw SQL, as someone with the database but without the key would tamper. */
    public void sql(String sql, Object... binds) {
        db.dsl().execute(sql, binds);
    }

    /** Access where everything but the audit log is allowed (a user who is not an administrator). */
    public static AccessControl noAuditLog(String user) {
        AccessControl all = TestSecurity.permitAll(user, Role.ATTORNEY, "main");
        return new AccessControl() {
            @Override
            public UserAccount current() {
                return all.current();
            }

            @Override
            public boolean can(Action action, DataKind kind) {
                return kind != DataKind.AUDIT_LOG;
            }

            @Override
            public void require(Action action, DataKind kind) {
                if (!can(action, kind)) {
                    throw new AccessDeniedException(action + " " + kind);
                }
            }

            @Override
            public boolean canSeeCase(String program, String advocate, String attorney) {
                return true;
            }
        };
    }
}
