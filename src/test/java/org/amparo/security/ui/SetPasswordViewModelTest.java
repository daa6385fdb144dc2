package org.amparo.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.security.PasswordAssessment;
import org.amparo.security.VaultException;
import org.amparo.testing.FakeNavigation;
import org.amparo.testing.FakeVaultService;
import org.amparo.testing.FakeVaultService.PasswordSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The "set a new password" step after a recovery-code unlock, without the FX toolkit. */
class SetPasswordViewModelTest {

    private static final String GOOD_PASSWORD = "violet tractor harbour";
    private final FakeVaultService vault = new FakeVaultService();
    private final FakeNavigation navigation = new FakeNavigation();
    private final Path dir = Path.of("/tmp/amparo-test/vault");
    private final SyncTaskRunner tasks = SyncTaskRunner.held();
    private SetPasswordViewModel viewModel;

    /** A stand-in policy: 16+ characters is acceptable. */
    private static PasswordAssessment assess(char[] password) {
        return password.length >= 16 ? new PasswordAssessment(3, true, "password.hint.ok")
                : new PasswordAssessment(1, false, "password.hint.tooShort");
    }

    @BeforeEach
    void setUp() throws VaultException {
        vault.addVault(dir, "rosa", "forgotten password 1");
        vault.openWithRecoveryCode(dir, FakeVaultService.RECOVERY_CODE);
        viewModel = new SetPasswordViewModel(new org.amparo.testing.FakeUserService(vault), tasks, navigation, new Messages(Locale.ENGLISH),
                SetPasswordViewModelTest::assess);
    }

    private void fill(String name, String password, String confirm) {
        viewModel.userNameProperty().set(name);
        viewModel.passwordForm().passwordProperty().set(password);
        viewModel.passwordForm().confirmProperty().set(confirm);
    }

    @Test
    void savingRunsInTheBackgroundSetsThePasswordAndOpensTheMainWindow() {
        fill("  Marta Prueba ", GOOD_PASSWORD, GOOD_PASSWORD);
        viewModel.save();
        assertThat(viewModel.busyProperty().get()).isTrue();
        assertThat(vault.passwordsSet()).as("nothing saved on the FX thread").isEmpty();
        assertThat(navigation.visited).isEmpty();

        tasks.runAllHeld();
        assertThat(vault.passwordsSet()).containsExactly(new PasswordSet(dir, "Marta Prueba", GOOD_PASSWORD));
        assertThat(navigation.visited).containsExactly("main");
        assertThat(viewModel.passwordForm().passwordProperty().get()).as("password forgotten").isEmpty();
        assertThat(viewModel.passwordForm().confirmProperty().get()).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void differentPasswordsAreExplainedAndNothingIsSaved() {
        fill("Marta Prueba", GOOD_PASSWORD, GOOD_PASSWORD + "x");
        viewModel.save();
        assertThat(viewModel.errorProperty().get()).isEqualTo("The two passwords are not the same.");
        assertThat(tasks.heldCount()).isZero();
        viewModel.passwordForm().confirmProperty().set(GOOD_PASSWORD);
        assertThat(viewModel.errorProperty().get()).as("cleared when typing").isEmpty();
    }

    @Test
    void weakPasswordShowsTheStrengthHintAsTheReasonAndNothingIsSaved() {
        fill("Marta Prueba", "short", "short");
        assertThat(viewModel.passwordForm().strengthHintProperty().get()).startsWith("Too short");
        assertThat(viewModel.passwordForm().strengthScoreProperty().get()).isEqualTo(1);
        viewModel.save();
        assertThat(viewModel.errorProperty().get()).startsWith("Too short");
        assertThat(tasks.heldCount()).isZero();
        assertThat(navigation.visited).isEmpty();
    }

    @Test
    void aMissingNameIsAskedFor() {
        fill("   ", GOOD_PASSWORD, GOOD_PASSWORD);
        viewModel.save();
        assertThat(viewModel.errorProperty().get()).isEqualTo("Type the user name you will sign in with.");
        assertThat(tasks.heldCount()).isZero();
    }

    @Test
    void aVaultFailureIsExplainedAndTheFormStaysForAnotherTry() {
        vault.failNextWith(new VaultException(VaultException.Reason.IO, "disk full at /tmp/x"));
        fill("Marta Prueba", GOOD_PASSWORD, GOOD_PASSWORD);
        viewModel.save();
        tasks.runAllHeld();
        assertThat(viewModel.errorProperty().get())
                .isEqualTo("The vault could not be read or written. Check the disk and try again.");
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(navigation.visited).isEmpty();

        viewModel.save();
        tasks.runAllHeld();
        assertThat(navigation.visited).containsExactly("main");
    }

    @Test
    void aRefusedNameOrPasswordGetsItsOwnPlainMessage() {
        vault.failNextWith(new VaultException(VaultException.Reason.INVALID_INPUT, "A user name is needed"));
        fill("Marta (Prueba)", GOOD_PASSWORD, GOOD_PASSWORD);
        viewModel.save();
        tasks.runAllHeld();
        assertThat(viewModel.errorProperty().get()).startsWith("Use a user name of up to 64 characters");
    }

    @Test
    void lockForgetsTheTypedPasswordAndLocks() {
        fill("Marta Prueba", GOOD_PASSWORD, GOOD_PASSWORD);
        viewModel.lock();
        assertThat(viewModel.passwordForm().passwordProperty().get()).isEmpty();
        assertThat(navigation.visited).containsExactly("lock");
        assertThat(vault.passwordsSet()).isEmpty();
    }
}
