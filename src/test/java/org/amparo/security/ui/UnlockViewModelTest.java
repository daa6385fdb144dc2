package org.amparo.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.security.VaultException;
import org.amparo.testing.FakeNavigation;
import org.amparo.testing.FakeVaultService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnlockViewModelTest {

    private final FakeVaultService vault = new FakeVaultService();
    private final FakeNavigation navigation = new FakeNavigation();
    private final SyncTaskRunner tasks = SyncTaskRunner.immediate();
    private final VaultFolders folders = new VaultFolders(Path.of("/tmp/amparo-test/vault"));
    private UnlockViewModel viewModel;

    @BeforeEach
    void setUp() {
        vault.addVault(folders.vault(), "rosa", "correct horse battery");
        viewModel = new UnlockViewModel(vault, tasks, navigation, new Messages(Locale.ENGLISH), folders);
    }

    private void type(String user, String password) {
        viewModel.userNameProperty().set(user);
        viewModel.passwordProperty().set(password);
    }

    @Test
    void rightCredentialsOpenTheMainWindowAndForgetThePassword() {
        type("rosa", "correct horse battery");
        viewModel.unlock();
        assertThat(navigation.visited).containsExactly("main");
        assertThat(viewModel.passwordProperty().get()).isEmpty();
    }

    @Test
    void wrongPasswordGivesThePlainMessageAndACountdownThatBlocksUnlocking() {
        vault.setDelayAfterFailure(Duration.ofSeconds(3));
        type("rosa", "wrong");
        viewModel.unlock();
        assertThat(viewModel.errorProperty().get()).isEqualTo("The user name or password is not right.");
        assertThat(viewModel.secondsLeftProperty().get()).isEqualTo(3);
        assertThat(viewModel.countdownTextProperty().get()).isEqualTo("You can try again in 3 seconds.");
        type("rosa", "correct horse battery");
        assertThat(viewModel.canUnlockBinding().get()).as("during the delay").isFalse();

        tasks.tick();
        tasks.tick();
        assertThat(viewModel.secondsLeftProperty().get()).isEqualTo(1);
        assertThat(viewModel.countdownTextProperty().get()).isEqualTo("You can try again in 1 second.");
        tasks.tick();
        assertThat(viewModel.secondsLeftProperty().get()).isZero();
        assertThat(viewModel.countdownTextProperty().get()).isEmpty();
        assertThat(tasks.periodicCount()).as("timer stopped").isZero();
        assertThat(viewModel.canUnlockBinding().get()).isTrue();
        viewModel.unlock();
        assertThat(navigation.visited).containsExactly("main");
    }

    @Test
    void unknownUserGetsExactlyTheSameMessageAsAWrongPassword() {
        type("nobody", "correct horse battery");
        viewModel.unlock();
        assertThat(viewModel.errorProperty().get()).isEqualTo("The user name or password is not right.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "IN_USE|The vault is already open in another Amparo window or on another computer. Close it there first.",
        "NOT_FOUND|No vault was found in the vault folder.",
        "SLOTS_DAMAGED|The vault's key file is damaged. Restore it from a backup, or ask for help."})
    void vaultProblemsAreExplainedInPlainWords(VaultException.Reason reason, String message) {
        vault.failNextWith(new VaultException(reason, "technical detail H2 90020"));
        type("rosa", "correct horse battery");
        viewModel.unlock();
        assertThat(viewModel.errorProperty().get()).isEqualTo(message);
        assertThat(viewModel.secondsLeftProperty().get()).isZero();
        assertThat(navigation.visited).isEmpty();
    }

    @Test
    void recoveryCodeOpensTheVaultAndAsksForANewPasswordBeforeTheMainWindow() {
        viewModel.useRecoveryCode();
        assertThat(viewModel.recoveryModeProperty().get()).isTrue();
        viewModel.recoveryCodeProperty().set("k7qm 2xwp 9rtb 4hjd vn6c 8fyl");
        viewModel.unlock();
        assertThat(navigation.visited).containsExactly("setPassword");
        assertThat(viewModel.recoveryCodeProperty().get()).isEmpty();
    }

    @Test
    void tooManyAttemptsSwitchesToTheRecoveryCode() {
        vault.failNextWith(new VaultException(VaultException.Reason.RECOVERY_REQUIRED, "locked out"));
        type("rosa", "wrong");
        viewModel.unlock();
        assertThat(viewModel.recoveryModeProperty().get()).isTrue();
        assertThat(viewModel.errorProperty().get()).startsWith("Too many wrong passwords in a row")
                .contains("Use the recovery code, or ask an administrator to sign in on this computer");
    }
}
