package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every role × action × kind of data against a table written here from the words (issue 7, "Access"), not
 * from the matrix in the code: anything the table does not list must be denied.
 */
class AccessMatrixTest {

    /**
     * role | kind | allowed actions. Rules: A1 attorneys see and work on all client data; A2 advocates the same
     * (their program's cases, see canSeeCase) without delete or purge; A3 volunteers only identity, contact, family,
     * court events, case and notes (never immigration status, 1367-protected, asylum/SIJS, criminal or screening),
     * read and edit only; A4 administrators manage users, backups, settings, the audit log, reference data, purges
     * and aggregate reports, and reach client data only through break-glass; A5 anyone may start a backup and read
     * reference data.
     */
    private static final String EXPECTED = """
            ATTORNEY      CLIENT_IDENTITY    READ CREATE UPDATE DELETE EXPORT PRINT IMPORT
            ATTORNEY      CLIENT_CONTACT     READ CREATE UPDATE DELETE EXPORT PRINT IMPORT
            ATTORNEY      IMMIGRATION_STATUS READ CREATE UPDATE DELETE EXPORT PRINT IMPORT
            ATTORNEY      PROTECTED_1367     READ CREATE UPDATE DELETE EXPORT PRINT IMPORT
            ATTORNEY      CRIMINAL           READ CREATE UPDATE DELETE EXPORT PRINT IMPORT
            ATTORNEY      FAMILY             READ CREATE UPDATE DELETE EXPORT PRINT IMPORT
            ATTORNEY      COURT_EVENTS       READ CREATE UPDATE DELETE EXPORT PRINT IMPORT
            ATTORNEY      ASYLUM_SIJS        READ CREATE UPDATE DELETE EXPORT PRINT IMPORT
            ATTORNEY      CASE               READ CREATE UPDATE DELETE EXPORT PRINT IMPORT PURGE
            ATTORNEY      CASE_NOTE          READ CREATE UPDATE DELETE EXPORT PRINT IMPORT PURGE
            ATTORNEY      SCREENING          READ CREATE UPDATE DELETE EXPORT PRINT IMPORT RESCREEN
            ATTORNEY      AGGREGATE_REPORT   READ EXPORT PRINT
            ATTORNEY      REFERENCE_DATA     READ CREATE UPDATE DELETE IMPORT
            ATTORNEY      BACKUP             CREATE
            ADVOCATE      CLIENT_IDENTITY    READ CREATE UPDATE EXPORT PRINT IMPORT
            ADVOCATE      CLIENT_CONTACT     READ CREATE UPDATE EXPORT PRINT IMPORT
            ADVOCATE      IMMIGRATION_STATUS READ CREATE UPDATE EXPORT PRINT IMPORT
            ADVOCATE      PROTECTED_1367     READ CREATE UPDATE EXPORT PRINT IMPORT
            ADVOCATE      CRIMINAL           READ CREATE UPDATE EXPORT PRINT IMPORT
            ADVOCATE      FAMILY             READ CREATE UPDATE EXPORT PRINT IMPORT
            ADVOCATE      COURT_EVENTS       READ CREATE UPDATE EXPORT PRINT IMPORT
            ADVOCATE      ASYLUM_SIJS        READ CREATE UPDATE EXPORT PRINT IMPORT
            ADVOCATE      CASE               READ CREATE UPDATE EXPORT PRINT IMPORT
            ADVOCATE      CASE_NOTE          READ CREATE UPDATE EXPORT PRINT IMPORT
            ADVOCATE      SCREENING          READ CREATE UPDATE EXPORT PRINT IMPORT RESCREEN
            ADVOCATE      AGGREGATE_REPORT   READ EXPORT PRINT
            ADVOCATE      REFERENCE_DATA     READ CREATE UPDATE
            ADVOCATE      BACKUP             CREATE
            VOLUNTEER     CLIENT_IDENTITY    READ CREATE UPDATE
            VOLUNTEER     CLIENT_CONTACT     READ CREATE UPDATE
            VOLUNTEER     FAMILY             READ CREATE UPDATE
            VOLUNTEER     COURT_EVENTS       READ CREATE UPDATE
            VOLUNTEER     CASE               READ CREATE UPDATE
            VOLUNTEER     CASE_NOTE          READ CREATE UPDATE
            VOLUNTEER     REFERENCE_DATA     READ
            VOLUNTEER     BACKUP             CREATE
            ADMINISTRATOR USER               READ CREATE UPDATE DELETE MANAGE
            ADMINISTRATOR BACKUP             READ CREATE UPDATE DELETE MANAGE
            ADMINISTRATOR SETTINGS           READ UPDATE MANAGE
            ADMINISTRATOR AUDIT_LOG          READ EXPORT
            ADMINISTRATOR REFERENCE_DATA     READ CREATE UPDATE DELETE IMPORT
            ADMINISTRATOR AGGREGATE_REPORT   READ EXPORT PRINT
            ADMINISTRATOR CASE               PURGE BREAK_GLASS
            ADMINISTRATOR CASE_NOTE          PURGE BREAK_GLASS
            ADMINISTRATOR CLIENT_IDENTITY    BREAK_GLASS
            ADMINISTRATOR CLIENT_CONTACT     BREAK_GLASS
            ADMINISTRATOR IMMIGRATION_STATUS BREAK_GLASS
            ADMINISTRATOR PROTECTED_1367     BREAK_GLASS
            ADMINISTRATOR CRIMINAL           BREAK_GLASS
            ADMINISTRATOR FAMILY             BREAK_GLASS
            ADMINISTRATOR COURT_EVENTS       BREAK_GLASS
            ADMINISTRATOR ASYLUM_SIJS        BREAK_GLASS
            ADMINISTRATOR SCREENING          BREAK_GLASS
            """;

    private static final Map<Role, Map<DataKind, Set<Action>>> TABLE = parse();

    private static Map<Role, Map<DataKind, Set<Action>>> parse() {
        Map<Role, Map<DataKind, Set<Action>>> table = new EnumMap<>(Role.class);
        for (String line : EXPECTED.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            Set<Action> actions = EnumSet.noneOf(Action.class);
            for (int i = 2; i < cells.length; i++) {
                actions.add(Action.valueOf(cells[i]));
            }
            table.computeIfAbsent(Role.valueOf(cells[0]), r -> new EnumMap<>(DataKind.class))
                    .put(DataKind.valueOf(cells[1]), actions);
        }
        return table;
    }

    static boolean expected(Role role, Action action, DataKind kind) {
        return TABLE.getOrDefault(role, Map.of()).getOrDefault(kind, Set.of()).contains(action);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleActionAndKindIsAsTheTableSaysAndTheRestIsDenied() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Role role : Role.values()) {
            AccessFixture fixture = new AccessFixture().as("Prueba " + role, EnumSet.of(role), "north");
            for (Action action : Action.values()) {
                for (DataKind kind : DataKind.values()) {
                    boolean allowed = expected(role, action, kind);
                    tests.add(DynamicTest.dynamicTest(role + " " + action + " " + kind + " -> "
                            + (allowed ? "allowed" : "denied"), () -> {
                                fixture.signIn("Prueba " + role);
                                assertThat(fixture.access.can(action, kind)).isEqualTo(allowed);
                            }));
                }
            }
        }
        assertThat(tests).hasSize(Role.values().length * Action.values().length * DataKind.values().length);
        return tests.stream();
    }

    @Test
    void a3VolunteersNeverTouchImmigrationStatusOr1367FactsWhateverTheAction() {
        AccessFixture fixture = new AccessFixture().as("Vol Prueba", EnumSet.of(Role.VOLUNTEER), "north");
        for (Action action : Action.values()) {
            assertThat(fixture.access.can(action, DataKind.IMMIGRATION_STATUS)).as(action.name()).isFalse();
            assertThat(fixture.access.can(action, DataKind.PROTECTED_1367)).as(action.name()).isFalse();
        }
    }

    @Test
    void aUserWithSeveralRolesGetsTheUnionOfTheirGrants() {
        AccessFixture fixture = new AccessFixture()
                .as("Sola Ejemplo", EnumSet.of(Role.ADMINISTRATOR, Role.ATTORNEY), "main");
        for (Action action : Action.values()) {
            for (DataKind kind : DataKind.values()) {
                boolean union = expected(Role.ADMINISTRATOR, action, kind) || expected(Role.ATTORNEY, action, kind);
                assertThat(fixture.access.can(action, kind)).as(action + " " + kind).isEqualTo(union);
            }
        }
    }

    @Test
    void requireThrowsAPlainMessageWhenDenied() {
        AccessFixture fixture = new AccessFixture().as("Vol Prueba", EnumSet.of(Role.VOLUNTEER), "north");
        fixture.access.require(Action.READ, DataKind.CLIENT_IDENTITY);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> fixture.access.require(Action.EXPORT, DataKind.CASE))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("export");
    }

    @Test
    void nothingIsAllowedWhileLockedOrWithoutAnActiveAccount() throws Exception {
        AccessFixture fixture = new AccessFixture().as("Ana Prueba", EnumSet.of(Role.ATTORNEY), "north");
        fixture.users.upsert("Otra Prueba", EnumSet.of(Role.ATTORNEY), "north", "fixture", AccessFixture.T0);
        fixture.vault.lock();
        assertThat(fixture.access.can(Action.READ, DataKind.CLIENT_IDENTITY)).isFalse();

        fixture.signIn("Sin Cuenta");
        assertThat(fixture.access.can(Action.READ, DataKind.CLIENT_IDENTITY)).isFalse();

        fixture.users.deactivate("Otra Prueba", "fixture", AccessFixture.T0);
        fixture.signIn("Otra Prueba");
        assertThat(fixture.access.can(Action.READ, DataKind.REFERENCE_DATA)).isFalse();
        assertThat(fixture.access.canSeeCase("north", "Otra Prueba", null)).isFalse();
    }
}
