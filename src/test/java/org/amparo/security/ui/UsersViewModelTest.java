package org.amparo.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.amparo.platform.fx.IdleTimer;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.prefs.InMemoryUiPreferences;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.security.AccessDeniedException;
import org.amparo.security.Role;
import org.amparo.security.UserRow;
import org.amparo.security.UserService;
import org.amparo.security.VaultException;
import org.amparo.testing.FakeDialogService;
import org.amparo.testing.FakeUserService;
import org.amparo.testing.FakeVaultService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings → Security without the toolkit: fake users service, synchronous tasks. */
class UsersViewModelTest {

    private final FakeVaultService vault = new FakeVaultService();
    private final FakeUserService users = new FakeUserService(vault);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final InMemoryUiPreferences preferences = new InMemoryUiPreferences();
    private final IdleTimer idle = new IdleTimer(Duration.ofMinutes(5), 0);
    private UsersViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        vault.addVault(Path.of("/v"), "Admin Prueba", "violet tractor harbour");
        vault.open(Path.of("/v"), "Admin Prueba", "violet tractor harbour".toCharArray());
        users.put("Admin Prueba", EnumSet.of(Role.ADMINISTRATOR, Role.ATTORNEY), "main", true);
        viewModel = model(users);
        viewModel.load();
    }

    private UsersViewModel model(UserService service) {
        return new UsersViewModel(service, SyncTaskRunner.immediate(), dialogs, new Messages(Locale.ENGLISH),
                preferences, idle);
    }

    @Test
    void anAdministratorSeesTheUsersAndAddsOneWithRolesProgramAndPassword() {
        assertThat(viewModel.administratorProperty().get()).isTrue();
        assertThat(viewModel.rows()).extracting(UserRow::name).containsExactly("Admin Prueba");
        assertThat(viewModel.rolesText(viewModel.rows().get(0).roles())).isEqualTo("Administrator, Attorney");

        viewModel.nameProperty().set("Vol Ejemplo");
        viewModel.programProperty().set("north");
        viewModel.roleProperty(Role.VOLUNTEER).set(true);
        viewModel.passwordProperty().set("copper lantern meadow");
        viewModel.add();

        assertThat(viewModel.rows()).extracting(UserRow::name).containsExactly("Admin Prueba", "Vol Ejemplo");
        assertThat(viewModel.rows().get(1).roles()).containsExactly(Role.VOLUNTEER);
        assertThat(vault.passwordsSet()).extracting(p -> p.user()).containsExactly("Vol Ejemplo");
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Vol Ejemplo was added.");
    }

    @Test
    void anIncompleteFormIsExplainedAndAddsNobody() {
        viewModel.add();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Type the user's name.");
        viewModel.nameProperty().set("admin prueba");
        viewModel.add();
        assertThat(viewModel.messageProperty().get()).isEqualTo("There is already a user with that name.");
        viewModel.nameProperty().set("Nueva");
        viewModel.add();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Choose at least one role.");
        viewModel.roleProperty(Role.ADVOCATE).set(true);
        viewModel.add();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Type a password.");
        assertThat(vault.passwordsSet()).isEmpty();
    }

    @Test
    void selectingAUserFillsTheFormAndRolesChangeOrSheIsRemovedAfterConfirming() {
        users.put("Eva Ejemplo", EnumSet.of(Role.VOLUNTEER), "north", true);
        viewModel.load();
        UserRow eva = viewModel.rows().get(1);
        viewModel.selectedProperty().set(eva);
        assertThat(viewModel.nameProperty().get()).isEqualTo("Eva Ejemplo");
        assertThat(viewModel.roleProperty(Role.VOLUNTEER).get()).isTrue();

        viewModel.roleProperty(Role.VOLUNTEER).set(false);
        viewModel.roleProperty(Role.ADVOCATE).set(true);
        viewModel.changeRoles();
        assertThat(users.list().get(1).roles()).containsExactly(Role.ADVOCATE);

        viewModel.selectedProperty().set(viewModel.rows().get(1));
        dialogs.answerConfirmationsWith(false);
        viewModel.remove();
        assertThat(users.list().get(1).active()).isTrue();
        dialogs.answerConfirmationsWith(true);
        viewModel.remove();
        assertThat(users.list().get(1).active()).isFalse();
        assertThat(viewModel.stateText(viewModel.rows().get(1))).isEqualTo("Removed");
    }

    @Test
    void theLastAdministratorIsNeitherRemovedNorDemoted() {
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        viewModel.remove();
        assertThat(viewModel.messageProperty().get()).isEqualTo("The vault needs at least one administrator.");
        viewModel.roleProperty(Role.ADMINISTRATOR).set(false);
        viewModel.changeRoles();
        assertThat(viewModel.messageProperty().get()).isEqualTo("The vault needs at least one administrator.");
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(users.list().get(0).roles()).contains(Role.ADMINISTRATOR);
    }

    @Test
    void resettingAPasswordNeedsASelectedUserAndAPassword() {
        viewModel.resetPassword();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Choose a user in the list first.");
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        viewModel.passwordProperty().set("silver kettle orchard");
        viewModel.resetPassword();
        assertThat(vault.passwordsSet()).extracting(p -> p.password()).containsExactly("silver kettle orchard");
        assertThat(viewModel.messageProperty().get()).isEqualTo("Admin Prueba has a new password.");
    }

    @Test
    void aRefusalFromTheServiceIsShownInPlainWords() {
        users.failNextWith(new VaultException(VaultException.Reason.INVALID_INPUT, "refused"));
        viewModel.nameProperty().set("Nueva");
        viewModel.roleProperty(Role.ADVOCATE).set(true);
        viewModel.passwordProperty().set("copper lantern meadow");
        viewModel.add();
        assertThat(viewModel.messageProperty().get()).startsWith("That change was refused");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void someoneWhoIsNotAnAdministratorSeesOnlyTheNote() {
        UsersViewModel other = model(new DenyingUsers());
        other.load();
        assertThat(other.administratorProperty().get()).isFalse();
        assertThat(other.rows()).isEmpty();
    }

    @Test
    void theIdleLockDelayIsStoredAndAppliesAtOnce() {
        assertThat(viewModel.idleMinutesProperty().get()).isEqualTo(5);
        viewModel.chooseIdleMinutes(12);
        assertThat(preferences.idleLockMinutes()).isEqualTo(12);
        assertThat(idle.limit()).isEqualTo(Duration.ofMinutes(12));
        viewModel.chooseIdleMinutes(99);
        assertThat(viewModel.idleMinutesProperty().get()).isEqualTo(15);
    }

    /** A users service that refuses the listing like the real one does for a non-administrator. */
    private static final class DenyingUsers implements UserService {
        @Override
        public java.util.List<UserRow> list() {
            throw new AccessDeniedException("no");
        }

        @Override
        public void add(String name, Set<Role> roles, String program, char[] password) {
            throw new AccessDeniedException("no");
        }

        @Override
        public void remove(String name) {
            throw new AccessDeniedException("no");
        }

        @Override
        public void resetPassword(String name, char[] password) {
            throw new AccessDeniedException("no");
        }

        @Override
        public void changeRoles(String name, Set<Role> roles, String program) {
            throw new AccessDeniedException("no");
        }

        @Override
        public void setPasswordAfterRecovery(String name, char[] password) {
            throw new AccessDeniedException("no");
        }
    }
}
