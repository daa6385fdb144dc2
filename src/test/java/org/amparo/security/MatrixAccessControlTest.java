package org.amparo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatrixAccessControlTest {

    @ParameterizedTest(name = "{0}: {1} sees case (program {2}, advocate {3}, attorney {4}) = {5}")
    @CsvSource(nullValues = "-", value = {
        "C1 attorneys see every case,          ATTORNEY,      south, -,          -,          true",
        "C2 advocates see their program's,     ADVOCATE,      north, -,          -,          true",
        "C2 program compared without case,     ADVOCATE,      NORTH, -,          -,          true",
        "C2 not another program's,             ADVOCATE,      south, -,          -,          false",
        "C2 unless assigned to her,            ADVOCATE,      south, Eva Prueba, -,          true",
        "C3 volunteers only assigned cases,    VOLUNTEER,     north, -,          -,          false",
        "C3 assigned as advocate,              VOLUNTEER,     south, Eva Prueba, -,          true",
        "C3 assigned as attorney,              VOLUNTEER,     south, -,          eva prueba, true",
        "C3 someone else assigned,             VOLUNTEER,     north, Otra,       Otra,       false",
        "C4 administrators no case without glass, ADMINISTRATOR, north, Eva Prueba, -,       false"})
    void canSeeCaseFollowsTheRole(String rule, Role role, String program, String advocate, String attorney,
                                  boolean expected) {
        AccessFixture fixture = new AccessFixture().as("Eva Prueba", EnumSet.of(role), "north");
        assertThat(fixture.access.canSeeCase(program, advocate, attorney)).as(rule).isEqualTo(expected);
    }

    @Test
    void anAdministratorReadsClientDataOnlyDuringAnAuditedTimeLimitedBreakGlass() {
        AccessFixture fixture = new AccessFixture().as("Adela Prueba", EnumSet.of(Role.ADMINISTRATOR), "main");
        assertThat(fixture.access.can(Action.READ, DataKind.PROTECTED_1367)).isFalse();
        assertThatThrownBy(() -> fixture.access.begin("too short", Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fixture.access.begin("Client in danger, her attorney is away",
                Duration.ofHours(3))).isInstanceOf(IllegalArgumentException.class);
        assertThat(fixture.audit.entries()).isEmpty();

        fixture.access.begin("Client in danger, her attorney is away", Duration.ofMinutes(30));

        assertThat(fixture.audit.entries()).extracting(TestSecurity.RecordingAuditLog.Entry::action)
                .containsExactly(AuditAction.BREAK_GLASS);
        assertThat(fixture.db.dsl().fetchValue("SELECT reason FROM break_glass"))
                .isEqualTo("Client in danger, her attorney is away");
        assertThat(fixture.access.can(Action.READ, DataKind.PROTECTED_1367)).isTrue();
        assertThat(fixture.access.can(Action.EXPORT, DataKind.CLIENT_IDENTITY)).isFalse();
        assertThat(fixture.access.can(Action.UPDATE, DataKind.CLIENT_IDENTITY)).isFalse();
        assertThat(fixture.access.canSeeCase("south", null, null)).isTrue();
        assertThat(fixture.access.activeUntil()).isPresent();

        fixture.clock.advance(Duration.ofMinutes(31));
        assertThat(fixture.access.can(Action.READ, DataKind.PROTECTED_1367)).isFalse();
        assertThat(fixture.access.activeUntil()).isEmpty();
    }

    @Test
    void breakGlassEndsWithTheSessionAndByHand() {
        AccessFixture fixture = new AccessFixture().as("Adela Prueba", EnumSet.of(Role.ADMINISTRATOR), "main");
        fixture.access.begin("Client in danger, her attorney is away", Duration.ofMinutes(30));
        fixture.signIn("Adela Prueba");
        assertThat(fixture.access.can(Action.READ, DataKind.CLIENT_IDENTITY)).isFalse();

        fixture.access.begin("Client in danger, her attorney is away", Duration.ofMinutes(30));
        fixture.access.end();
        assertThat(fixture.access.can(Action.READ, DataKind.CLIENT_IDENTITY)).isFalse();
    }

    @Test
    void everyReadThroughTheGlassAndItsEndAreAudited() {
        AccessFixture fixture = new AccessFixture().as("Adela Prueba", EnumSet.of(Role.ADMINISTRATOR), "main");
        fixture.access.begin("Client in danger, her attorney is away", Duration.ofMinutes(30));

        fixture.access.require(Action.READ, DataKind.PROTECTED_1367);
        fixture.access.require(Action.READ, DataKind.CLIENT_IDENTITY);
        fixture.access.require(Action.READ, DataKind.USER);
        fixture.access.end();

        assertThat(fixture.audit.entries()).extracting(e -> e.action() + " " + e.entityType() + " "
                + e.entityId().replaceAll("^\\d+", "N")).containsExactly(
                "BREAK_GLASS break_glass N",
                "READ_PROTECTED break_glass N/PROTECTED_1367",
                "READ_PROTECTED break_glass N/CLIENT_IDENTITY",
                "BREAK_GLASS_ENDED break_glass N");
        assertThatThrownBy(() -> fixture.access.require(Action.READ, DataKind.CLIENT_IDENTITY))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.audit.entries()).hasSize(4);
    }

    @Test
    void anAttorneysOwnReadsAreNotBreakGlassReads() {
        AccessFixture fixture = new AccessFixture().as("Ana Prueba", EnumSet.of(Role.ATTORNEY), "main");
        fixture.access.require(Action.READ, DataKind.PROTECTED_1367);
        fixture.access.end();
        assertThat(fixture.audit.entries()).isEmpty();
    }

    @Test
    void onlyAdministratorsBreakTheGlass() {
        AccessFixture fixture = new AccessFixture().as("Vol Prueba", EnumSet.of(Role.VOLUNTEER), "north");
        assertThatThrownBy(() -> fixture.access.begin("Client in danger, her attorney is away",
                Duration.ofMinutes(30))).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.audit.entries()).isEmpty();
    }

    @Test
    void aVaultWithoutUserRowsMakesEverySlotUserAdministratorAndAttorneyOnce() {
        AccessFixture fixture = new AccessFixture();
        fixture.keys.slots.add("Primera Ejemplo");
        fixture.signIn("demo");

        UserAccount demo = fixture.access.current();

        assertThat(demo.roles()).isEqualTo(Set.of(Role.ADMINISTRATOR, Role.ATTORNEY));
        assertThat(fixture.users.list()).extracting(UserRow::name)
                .containsExactlyInAnyOrder("Primera Ejemplo", "demo");
        assertThat(fixture.audit.entries()).hasSize(2)
                .allMatch(e -> e.action() == AuditAction.USER_ADDED);

        fixture.keys.slots.add("Tarde Ejemplo");
        fixture.signIn("Tarde Ejemplo");
        assertThatThrownBy(() -> fixture.access.current()).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.access.can(Action.READ, DataKind.CLIENT_IDENTITY)).isFalse();
    }

    @Test
    void theRecoveryCodeSessionIsAnAdministratorWithoutClientData() {
        AccessFixture fixture = new AccessFixture().signIn(H2VaultService.RECOVERY_USER);
        assertThat(fixture.access.current().roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(fixture.access.can(Action.MANAGE, DataKind.USER)).isTrue();
        assertThat(fixture.access.can(Action.READ, DataKind.CLIENT_IDENTITY)).isFalse();
        assertThat(fixture.users.list()).isEmpty();
        assertThatThrownBy(() -> fixture.access.begin("Client in danger, her attorney is away",
                Duration.ofMinutes(30))).as("a recovery code is not a person to hold accountable")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.audit.entries()).isEmpty();
    }
}
