package org.amparo.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amparo.clients.ClientService;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.Person;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.AccessControl;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.Action;
import org.amparo.security.DataKind;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.amparo.security.UserAccount;

/** A case service on a fresh in-memory vault (real migrations), a fixed clock and a recording audit log. */
final class CaseStoreFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    final Database db = TestDatabases.freshInMemory();
    final ClientService clients = new DefaultClientService(new ClientRepository(db), () -> "ana.advocate", CLOCK);
    final TestSecurity.RecordingAuditLog audit = new TestSecurity.RecordingAuditLog();
    final CaseService service;

    CaseStoreFixture() {
        this(TestSecurity.permitAll("ana.advocate", Role.ADVOCATE, "main"));
    }

    CaseStoreFixture(AccessControl access) {
        service = new DefaultCaseService(db, clients, access, audit, CLOCK);
    }

    /** The same vault seen by another user. */
    CaseService as(AccessControl access) {
        return new DefaultCaseService(db, clients, access, audit, CLOCK);
    }

    static Person person(String given, String family) {
        return new Person(given, family, null, List.of(), null, null, List.of(), List.of(), null, List.of(),
                List.of(), null, null);
    }

    static FactsDocument onlyPerson(String ref, Person person) {
        return new FactsDocument(FactsDocument.SCHEMA_ID, ref, null, person, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /**
     * A volunteer-like user: every check passes except reading (and changing) the denied kinds; sees only cases
     * assigned to her as advocate.
     */
    static AccessControl denying(String user, Set<DataKind> denied) {
        UserAccount account = new UserAccount(user, Role.VOLUNTEER, "main");
        Set<DataKind> deniedKinds = denied.isEmpty() ? Set.of() : EnumSet.copyOf(denied);
        return new AccessControl() {
            @Override
            public UserAccount current() {
                return account;
            }

            @Override
            public boolean can(Action action, DataKind kind) {
                return !deniedKinds.contains(kind);
            }

            @Override
            public void require(Action action, DataKind kind) {
                if (!can(action, kind)) {
                    throw new AccessDeniedException(action + " " + kind);
                }
            }

            @Override
            public boolean canSeeCase(String program, String advocate, String attorney) {
                return user.equals(advocate);
            }
        };
    }
}
