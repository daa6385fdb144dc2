package org.amparo.security.ui;

import jakarta.inject.Inject;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.cases.DemoCases;
import org.amparo.clients.DemoDataService;
import org.amparo.platform.fx.Navigation;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskContext;
import org.amparo.platform.task.TaskHandle;
import org.amparo.platform.task.TaskRunner;
import org.amparo.security.RecoveryCode;
import org.amparo.security.VaultException;
import org.amparo.security.VaultService;

/**
 * First run: create the organisation's vault (administrator, password with a live strength hint, recovery code shown
 * once and typed back) or explore a separate demo vault filled with fictional clients.
 */
public final class FirstRunViewModel {

    /** The steps of the first-run screen. */
    public enum Step { CHOOSE, CREATE, RECOVERY_CODE, CONFIRM_CODE, DEMO }

    static final int DEMO_CLIENTS = 200;
    /** Of the demo clients, how many have a case with facts (the others are clients only). */
    static final int DEMO_CASES = 60;
    private static final long DEMO_SEED = 2026L;

    private final VaultService vault;
    private final DemoDataService demoData;
    private final DemoCases demoCases;
    private final TaskRunner tasks;
    private final Navigation navigation;
    private final Messages messages;
    private final VaultFolders folders;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE);
    private final StringProperty adminName = new SimpleStringProperty("");
    private final NewPasswordForm passwordForm;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper recoveryCodeText = new ReadOnlyStringWrapper("");
    private final BooleanProperty writtenDown = new SimpleBooleanProperty(false);
    private final StringProperty typedBack = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper codeMatches = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper demoProgress = new ReadOnlyDoubleWrapper(-1);
    private final BooleanBinding canCreate;
    private String recoveryCode = "";

    @Inject
    public FirstRunViewModel(VaultService vault, DemoDataService demoData, DemoCases demoCases, TaskRunner tasks,
                             Navigation navigation, Messages messages, PasswordStrength strength,
                             VaultFolders folders) {
        this.vault = vault;
        this.demoData = demoData;
        this.demoCases = demoCases;
        this.tasks = tasks;
        this.navigation = navigation;
        this.messages = messages;
        this.folders = folders;
        this.passwordForm = new NewPasswordForm(strength, messages, () -> error.set(""));
        typedBack.addListener((obs, old, now) -> codeMatches.set(RecoveryCodeText.matches(recoveryCode, now)));
        canCreate = Bindings.createBooleanBinding(() -> !busy.get() && !adminName.get().isBlank()
                && passwordForm.readyBinding().get(), busy, adminName, passwordForm.readyBinding());
    }

    public void chooseCreate() {
        error.set("");
        step.set(Step.CREATE);
    }

    public void back() {
        if (!busy.get() && (step.get() == Step.CREATE || step.get() == Step.DEMO)) {
            error.set("");
            step.set(Step.CHOOSE);
        }
    }

    /** Creates the vault with the administrator; on success shows the recovery code. */
    public void createVault() {
        if (!passwordForm.matches()) {
            error.set(messages.get("firstRun.create.mismatch"));
            return;
        }
        if (!canCreate.get()) {
            return;
        }
        busy.set(true);
        Path dir = folders.vault();
        String name = adminName.get().strip();
        char[] secret = passwordForm.passwordChars();
        tasks.run(BackgroundTask.of(messages.get("firstRun.create.working"), context -> vault.create(dir, name, secret))
                .onSuccess(this::showRecoveryCode)
                .onFailure(VaultException.class, e -> fail(VaultMessages.of(messages, e)))
                .onFailure(Exception.class, e -> fail(messages.get("vault.error.io"))));
    }

    private void showRecoveryCode(RecoveryCode code) {
        busy.set(false);
        passwordForm.clear();
        recoveryCode = code.value();
        recoveryCodeText.set(RecoveryCodeText.grouped(recoveryCode));
        step.set(Step.RECOVERY_CODE);
        navigation.vaultOpened();
    }

    private void fail(String message) {
        busy.set(false);
        error.set(message);
    }

    /** "I have written it down": move on to typing the code back. */
    public void confirmWrittenDown() {
        if (writtenDown.get() && step.get() == Step.RECOVERY_CODE) {
            typedBack.set("");
            step.set(Step.CONFIRM_CODE);
        }
    }

    /** Back to the code from the type-back step, to read it again. */
    public void showCodeAgain() {
        if (step.get() == Step.CONFIRM_CODE) {
            step.set(Step.RECOVERY_CODE);
        }
    }

    /** Finishes set-up once the typed-back code matches; forgets the code and opens the main window. */
    public void finish() {
        if (!codeMatches.get()) {
            error.set(messages.get("firstRun.confirm.mismatch"));
            return;
        }
        recoveryCode = "";
        recoveryCodeText.set("");
        typedBack.set("");
        navigation.showMain(false);
    }

    /** Locks the new vault at once; the recovery code is not shown again. */
    public void lock() {
        recoveryCode = "";
        recoveryCodeText.set("");
        typedBack.set("");
        navigation.lock();
    }

    /** Opens the demo vault, creating and filling it with fictional clients the first time. */
    public void exploreDemo() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        step.set(Step.DEMO);
        TaskHandle handle = tasks.run(BackgroundTask.of(messages.get("firstRun.demo.working"), this::openDemo)
                .onSuccess(ignored -> {
                    busy.set(false);
                    navigation.showMain(true);
                })
                .onFailure(VaultException.class, e -> fail(VaultMessages.of(messages, e)))
                .onFailure(Exception.class, e -> fail(messages.get("firstRun.demo.failed"))));
        demoProgress.bind(handle.progressProperty());
        if (handle.doneProperty().get()) {
            demoProgress.unbind();
        }
    }

    private Void openDemo(TaskContext context) throws VaultException {
        Path dir = folders.demo();
        char[] secret = DemoDataService.DEMO_PASSWORD.toCharArray();
        if (vault.inspect(dir) == VaultService.VaultState.VAULT) {
            vault.open(dir, DemoDataService.DEMO_USER, secret);
            return null;
        }
        vault.create(dir, DemoDataService.DEMO_USER, secret);
        demoData.fill(DEMO_CLIENTS - DEMO_CASES, DEMO_SEED, done -> context.updateProgress(done, DEMO_CLIENTS));
        try {
            demoCases.add(DEMO_CASES, DEMO_SEED);
            context.updateProgress(DEMO_CLIENTS, DEMO_CLIENTS);
        } catch (org.amparo.clients.StaleEditException e) {
            throw new IllegalStateException("demo cases changed while being written", e);
        }
        return null;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public StringProperty adminNameProperty() {
        return adminName;
    }

    /** The new password, its confirmation and the live strength hint. */
    public NewPasswordForm passwordForm() {
        return passwordForm;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canCreateBinding() {
        return canCreate;
    }

    public ReadOnlyStringProperty recoveryCodeTextProperty() {
        return recoveryCodeText.getReadOnlyProperty();
    }

    public BooleanProperty writtenDownProperty() {
        return writtenDown;
    }

    public StringProperty typedBackProperty() {
        return typedBack;
    }

    public ReadOnlyBooleanProperty codeMatchesProperty() {
        return codeMatches.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty demoProgressProperty() {
        return demoProgress.getReadOnlyProperty();
    }

    /** The demo sign-in, so a person can find the demo again from the unlock screen. */
    public String demoCredentials() {
        return messages.get("firstRun.demo.credentials", DemoDataService.DEMO_USER, DemoDataService.DEMO_PASSWORD);
    }
}
