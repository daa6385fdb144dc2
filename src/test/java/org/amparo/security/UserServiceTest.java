package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.amparo.security.TestSecurity.RecordingAuditLog.Entry;
import org.junit.jupiter.api.Test;

class UserServiceTest {

    private static final char[] PASSWORD = "copper lantern meadow".toCharArray();

    private final AccessFixture fixture = new AccessFixture()
            .as("Admin Prueba", EnumSet.of(Role.ADMINISTRATOR, Role.ATTORNEY), "main");

    @Test
    void anAdministratorAddsAUserWithRolesProgramAndAFirstPasswordAudited() throws Exception {
        fixture.service.add("  Vol Ejemplo ", EnumSet.of(Role.VOLUNTEER), "north", PASSWORD);

        assertThat(fixture.vault.passwordsSet()).extracting(p -> p.user()).containsExactly("Vol Ejemplo");
        UserRow row = fixture.users.find("vol ejemplo").orElseThrow();
        assertThat(row.roles()).containsExactly(Role.VOLUNTEER);
        assertThat(row.program()).isEqualTo("north");
        assertThat(row.createdBy()).isEqualTo("Admin Prueba");
        assertThat(fixture.audit.entries()).contains(new Entry(AuditAction.USER_ADDED, "user", "Vol Ejemplo"));
        assertThat(fixture.service.list()).extracting(UserRow::name).contains("Vol Ejemplo", "Admin Prueba");
    }

    @Test
    void aDuplicateNameAWeakPasswordOrNoRoleAddsNobody() {
        assertInvalid(() -> fixture.service.add("admin prueba", Set.of(Role.ADVOCATE), "main", PASSWORD));
        assertInvalid(() -> fixture.service.add("Nueva", Set.of(Role.ADVOCATE), "main", "short".toCharArray()));
        assertInvalid(() -> fixture.service.add("Nueva", Set.of(), "main", PASSWORD));
        assertInvalid(() -> fixture.service.add("(bad)", Set.of(Role.ADVOCATE), "main", PASSWORD));
        assertThat(fixture.users.find("Nueva")).isEmpty();
        assertThat(fixture.audit.entries()).isEmpty();
    }

    @Test
    void removingDeletesHerSlotAndDeactivatesHerRow() throws Exception {
        fixture.service.add("Vol Ejemplo", EnumSet.of(Role.VOLUNTEER), "north", PASSWORD);
        fixture.keys.slots.add("Vol Ejemplo");

        fixture.service.remove("vol ejemplo");

        assertThat(fixture.keys.slots).doesNotContain("Vol Ejemplo");
        assertThat(fixture.users.find("Vol Ejemplo").orElseThrow().active()).isFalse();
        assertThat(fixture.audit.entries()).contains(new Entry(AuditAction.USER_REMOVED, "user", "Vol Ejemplo"));
        fixture.signIn("Vol Ejemplo");
        assertThat(fixture.access.can(Action.READ, DataKind.CLIENT_IDENTITY)).isFalse();
    }

    @Test
    void nobodyRemovesHerselfOrTheLastAdministrator() throws Exception {
        assertInvalid(() -> fixture.service.remove("Admin Prueba"));
        assertInvalid(() -> fixture.service.changeRoles("Admin Prueba", Set.of(Role.ATTORNEY), "main"));
        fixture.service.add("Otra Admin", EnumSet.of(Role.ADMINISTRATOR), "main", PASSWORD);
        fixture.service.changeRoles("Otra Admin", Set.of(Role.ADVOCATE), "north");
        assertInvalid(() -> fixture.service.changeRoles("Admin Prueba", Set.of(Role.ATTORNEY), "main"));
        assertThat(fixture.users.find("Admin Prueba").orElseThrow().roles()).contains(Role.ADMINISTRATOR);
    }

    @Test
    void resettingAPasswordReWrapsHerSlot() throws Exception {
        fixture.service.add("Vol Ejemplo", EnumSet.of(Role.VOLUNTEER), "north", PASSWORD);

        fixture.service.resetPassword("Vol Ejemplo", "silver kettle orchard".toCharArray());

        assertThat(fixture.vault.passwordsSet()).last().extracting(p -> p.password())
                .isEqualTo("silver kettle orchard");
        assertThat(fixture.audit.entries()).contains(new Entry(AuditAction.PASSWORD_RESET, "user", "Vol Ejemplo"));
    }

    @Test
    void changedRolesApplyAtTheNextCheck() throws Exception {
        fixture.service.add("Eva Ejemplo", EnumSet.of(Role.VOLUNTEER), "north", PASSWORD);
        fixture.signIn("Eva Ejemplo");
        assertThat(fixture.access.can(Action.READ, DataKind.IMMIGRATION_STATUS)).isFalse();
        assertThatThrownBy(() -> fixture.service.changeRoles("Eva Ejemplo", Set.of(Role.ATTORNEY), "north"))
                .isInstanceOf(AccessDeniedException.class);

        fixture.signIn("Admin Prueba");
        fixture.service.changeRoles("Eva Ejemplo", Set.of(Role.ADVOCATE), "north");
        assertThat(fixture.audit.entries()).contains(new Entry(AuditAction.ROLE_CHANGED, "user", "Eva Ejemplo"));
        fixture.signIn("Eva Ejemplo");
        assertThat(fixture.access.can(Action.READ, DataKind.IMMIGRATION_STATUS)).isTrue();
    }

    @Test
    void nonAdministratorsCannotManageUsers() {
        fixture.users.upsert("Abogada Prueba", EnumSet.of(Role.ATTORNEY), "main", "x", AccessFixture.T0);
        fixture.signIn("Abogada Prueba");
        assertThatThrownBy(() -> fixture.service.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.service.add("Nueva", Set.of(Role.ADVOCATE), "main", PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.service.resetPassword("Admin Prueba", PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.vault.passwordsSet()).isEmpty();
    }

    @Test
    void afterTheRecoveryCodeANewNameBecomesAdministratorAndAttorney() throws Exception {
        fixture.signIn(H2VaultService.RECOVERY_USER);
        fixture.service.setPasswordAfterRecovery("Lucia Prueba", PASSWORD);
        fixture.service.setPasswordAfterRecovery("Admin Prueba", PASSWORD);

        assertThat(fixture.users.find("Lucia Prueba").orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.ATTORNEY);
        assertThat(fixture.users.find("Admin Prueba").orElseThrow().version()).isZero();
        assertThat(fixture.vault.passwordsSet()).extracting(p -> p.user()).containsExactly("Lucia Prueba",
                "Admin Prueba");
        fixture.signIn("Admin Prueba");
        assertThatThrownBy(() -> fixture.service.setPasswordAfterRecovery("X Prueba", PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertInvalid(VaultCall call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.INVALID_INPUT));
    }

    @FunctionalInterface
    interface VaultCall {
        void run() throws Exception;
    }
}
