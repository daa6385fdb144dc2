package org.amparo.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.amparo.clients.DemoDataService;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.SyncTaskRunner;
import org.amparo.security.PasswordAssessment;
import org.amparo.security.VaultException;
import org.amparo.security.ui.FirstRunViewModel.Step;
import org.amparo.testing.FakeDemoDataService;
import org.amparo.testing.FakeNavigation;
import org.amparo.testing.FakeVaultService;
import org.amparo.testing.InMemoryClientService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FirstRunViewModelTest {

    private static final String GOOD_PASSWORD = "violet tractor harbour";
    private final FakeVaultService vault = new FakeVaultService();
    private final InMemoryClientService clients = new InMemoryClientService();
    private final FakeNavigation navigation = new FakeNavigation();
    private final VaultFolders folders = new VaultFolders(Path.of("/tmp/amparo-test/vault"));
    private FirstRunViewModel viewModel;

    /** A stand-in policy: 16+ characters is acceptable. */
    private static PasswordAssessment assess(char[] password) {
        return password.length >= 16 ? new PasswordAssessment(3, true, "password.hint.ok")
                : new PasswordAssessment(1, false, "password.hint.tooShort");
    }

    private final java.util.concurrent.atomic.AtomicInteger demoCases = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void setUp() {
        viewModel = new FirstRunViewModel(vault, new FakeDemoDataService(clients), (n, seed) -> {
                    demoCases.addAndGet(n);
                    return java.util.List.of();
                },
                SyncTaskRunner.immediate(),
                navigation, new Messages(Locale.ENGLISH), FirstRunViewModelTest::assess, folders);
    }

    private void fillForm(String name, String password, String confirm) {
        viewModel.chooseCreate();
        viewModel.adminNameProperty().set(name);
        viewModel.passwordForm().passwordProperty().set(password);
        viewModel.passwordForm().confirmProperty().set(confirm);
    }

    @Test
    void strengthHintFollowsTheTypedPassword() {
        viewModel.passwordForm().passwordProperty().set("short");
        assertThat(viewModel.passwordForm().strengthHintProperty().get()).startsWith("Too short");
        viewModel.passwordForm().passwordProperty().set(GOOD_PASSWORD);
        assertThat(viewModel.passwordForm().strengthHintProperty().get()).isEqualTo("Good enough. Longer is even better.");
        assertThat(viewModel.passwordForm().strengthScoreProperty().get()).isEqualTo(3);
    }

    @Test
    void createIsOfferedOnlyWithNameAcceptablePasswordAndMatchingConfirmation() {
        fillForm("", GOOD_PASSWORD, GOOD_PASSWORD);
        assertThat(viewModel.canCreateBinding().get()).as("no name").isFalse();
        fillForm("Admin Prueba", "short", "short");
        assertThat(viewModel.canCreateBinding().get()).as("weak password").isFalse();
        fillForm("Admin Prueba", GOOD_PASSWORD, GOOD_PASSWORD + "x");
        assertThat(viewModel.canCreateBinding().get()).as("confirmation differs").isFalse();
        fillForm("Admin Prueba", GOOD_PASSWORD, GOOD_PASSWORD);
        assertThat(viewModel.canCreateBinding().get()).isTrue();
    }

    @Test
    void mismatchedConfirmationIsExplainedAndNothingIsCreated() {
        fillForm("Admin Prueba", GOOD_PASSWORD, "something else entirely");
        viewModel.createVault();
        assertThat(viewModel.errorProperty().get()).isEqualTo("The two passwords are not the same.");
        assertThat(vault.inspect(folders.vault())).isEqualTo(org.amparo.security.VaultService.VaultState.MISSING);
    }

    @Test
    void creatingShowsTheRecoveryCodeInGroupsAndForgetsThePassword() {
        fillForm("Admin Prueba", GOOD_PASSWORD, GOOD_PASSWORD);
        viewModel.createVault();
        assertThat(viewModel.stepProperty().get()).isEqualTo(Step.RECOVERY_CODE);
        assertThat(viewModel.recoveryCodeTextProperty().get()).isEqualTo("K7QM  2XWP  9RTB  4HJD\nVN6C  8FYL");
        assertThat(viewModel.passwordForm().passwordProperty().get()).isEmpty();
        assertThat(vault.currentUser()).contains("Admin Prueba");
    }

    @Test
    void typeBackMustMatchIgnoringSpacesAndCaseBeforeFinishing() {
        fillForm("Admin Prueba", GOOD_PASSWORD, GOOD_PASSWORD);
        viewModel.createVault();
        viewModel.confirmWrittenDown();
        assertThat(viewModel.stepProperty().get()).as("box not ticked").isEqualTo(Step.RECOVERY_CODE);
        viewModel.writtenDownProperty().set(true);
        viewModel.confirmWrittenDown();
        assertThat(viewModel.stepProperty().get()).isEqualTo(Step.CONFIRM_CODE);

        viewModel.typedBackProperty().set("k7qm 2xwp 9rtb 4hjd vn6c 8fyX");
        viewModel.finish();
        assertThat(viewModel.codeMatchesProperty().get()).isFalse();
        assertThat(viewModel.errorProperty().get()).startsWith("The code you typed does not match");
        assertThat(navigation.visited).containsExactly("vaultOpened");

        viewModel.typedBackProperty().set("k7qm 2xwp 9rtb 4hjd vn6c 8fyl");
        assertThat(viewModel.codeMatchesProperty().get()).isTrue();
        viewModel.finish();
        assertThat(navigation.visited).containsExactly("vaultOpened", "main");
        assertThat(viewModel.recoveryCodeTextProperty().get()).as("code forgotten").isEmpty();
    }

    @Test
    void lockingWhileTheCodeIsShownForgetsTheCode() {
        fillForm("Admin Prueba", GOOD_PASSWORD, GOOD_PASSWORD);
        viewModel.createVault();
        viewModel.lock();
        assertThat(viewModel.recoveryCodeTextProperty().get()).isEmpty();
        assertThat(navigation.visited).containsExactly("vaultOpened", "lock");
    }

    @Test
    void existingVaultIsRefusedInPlainWords() {
        vault.failNextWith(new VaultException(VaultException.Reason.ALREADY_EXISTS, "exists"));
        fillForm("Admin Prueba", GOOD_PASSWORD, GOOD_PASSWORD);
        viewModel.createVault();
        assertThat(viewModel.stepProperty().get()).isEqualTo(Step.CREATE);
        assertThat(viewModel.errorProperty().get()).isEqualTo("There is already a vault here. Unlock it instead.");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void demoCreatesASeparateVaultWithTwoHundredFictionalClientsAndShowsTheBanner() {
        viewModel.exploreDemo();
        assertThat(vault.inspect(folders.demo())).isEqualTo(org.amparo.security.VaultService.VaultState.VAULT);
        assertThat(vault.inspect(folders.vault())).isEqualTo(org.amparo.security.VaultService.VaultState.MISSING);
        assertThat(clients.count() + demoCases.get()).isEqualTo(FirstRunViewModel.DEMO_CLIENTS);
        assertThat(demoCases.get()).isEqualTo(FirstRunViewModel.DEMO_CASES);
        assertThat(viewModel.demoProgressProperty().get()).isEqualTo(1.0);
        assertThat(navigation.visited).containsExactly("main:demo");
    }

    @Test
    void demoVaultIsReopenedWithTheDocumentedPasswordTheSecondTime() {
        vault.addVault(folders.demo(), DemoDataService.DEMO_USER, DemoDataService.DEMO_PASSWORD);
        viewModel.exploreDemo();
        assertThat(clients.count() + demoCases.get()).as("not filled again").isZero();
        assertThat(vault.currentUser()).contains("demo");
        assertThat(navigation.visited).containsExactly("main:demo");
    }
}
