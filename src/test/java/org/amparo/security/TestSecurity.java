package org.amparo.security;

import java.util.ArrayList;
import java.util.List;

/** Access and audit doubles for service tests that are not about permissions. */
public final class TestSecurity {

    private TestSecurity() {
    }

    /** A signed-in user whose every check passes. */
    public static AccessControl permitAll(String user, Role role, String program) {
        UserAccount account = new UserAccount(user, role, program);
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
