package org.amparo.shell;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.amparo.cases.ui.CaseWindows;
import org.amparo.clients.ui.ClientFormWindows;
import org.amparo.platform.db.ClassWarmUp;
import org.amparo.platform.fx.Disposable;
import org.amparo.platform.fx.IdleTimer;
import org.amparo.platform.fx.Navigation;
import org.amparo.platform.fx.SceneGuard;
import org.amparo.platform.fx.Shortcuts;
import org.amparo.platform.fx.ViewLoader;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.task.BackgroundTask;
import org.amparo.platform.task.TaskRunner;
import org.amparo.platform.theme.ThemeService;
import org.amparo.security.LockReason;
import org.amparo.security.SessionLocking;
import org.amparo.security.VaultService;
import org.amparo.security.ui.FirstRunView;
import org.amparo.security.ui.SetPasswordView;
import org.amparo.shell.ui.MainView;
import org.amparo.shell.ui.NeutralScreen;
import org.amparo.security.ui.UnlockView;
import org.amparo.security.ui.VaultFolders;

/**
 * The one main window and its screens. Every screen change builds a new scene, so nothing of the previous screen
 * (in particular no client data after a lock) survives in any node. The title is always "Amparo" (never a client's
 * name), except on the panic key's neutral screen, which shows neither. The vault locks by itself after the
 * {@link IdleTimer}'s minutes without key or mouse activity in any window.
 */
@Singleton
public final class AppWindow implements Navigation {

    private static final double WIDTH = 1180;
    private static final double HEIGHT = 760;

    private final ViewLoader views;
    private final ThemeService theme;
    private final TaskRunner tasks;
    private final VaultService vault;
    private final SessionLocking locking;
    private final Messages messages;
    private final VaultFolders folders;
    private final Provider<ClientFormWindows> forms;
    private final Provider<CaseWindows> caseWindows;
    private final SceneGuard guard;
    private final IdleTimer idle;
    private Timeline idleCheck;
    private Scene shown;
    private Stage stage;
    private Object current;
    private boolean open;
    private boolean demo;

    @Inject
    public AppWindow(ViewLoader views, ThemeService theme, TaskRunner tasks, VaultService vault,
                     SessionLocking locking, Messages messages, VaultFolders folders,
                     Provider<ClientFormWindows> forms, SceneGuard guard, IdleTimer idle,
                     Provider<CaseWindows> caseWindows) {
        this.views = views;
        this.theme = theme;
        this.tasks = tasks;
        this.vault = vault;
        this.locking = locking;
        this.messages = messages;
        this.folders = folders;
        this.forms = forms;
        this.caseWindows = caseWindows;
        this.guard = guard;
        this.idle = idle;
    }

    /** Shows a light first frame at once, then picks first run or unlock from what is in the vault folder. */
    public void start(Stage primary) {
        start(primary, Optional.empty());
    }

    /** As {@link #start(Stage)}, unlocking by itself with {@code autoUnlock} (the start-up benchmark). */
    public void start(Stage primary, Optional<StartupBench.Credentials> autoUnlock) {
        this.stage = primary;
        theme.applyCurrent();
        Label starting = new Label(messages.get("app.starting"));
        setRoot(new StackPane(starting), null);
        stage.setOnCloseRequest(event -> {
            if (!forms.get().closeAll(true) || !caseWindows.get().closeAll(true)) {
                event.consume();
            }
        });
        stage.show();
        startIdleCheck();
        ClassWarmUp.startInBackground();
        Path dir = folders.vault();
        tasks.run(BackgroundTask.of("", context -> vault.inspect(dir))
                .onSuccess(state -> {
                    if (state != VaultService.VaultState.VAULT) {
                        showFirstRun();
                    } else if (autoUnlock.isPresent()) {
                        unlockNow(dir, autoUnlock.get());
                    } else {
                        showUnlock();
                    }
                })
                .onFailure(Exception.class, e -> showFirstRun()));
    }

    private void unlockNow(Path dir, StartupBench.Credentials credentials) {
        tasks.run(BackgroundTask.ofRunnable("", () -> vault.open(dir, credentials.user(), credentials.password()))
                .onSuccess(ignored -> showMain(false))
                .onFailure(Exception.class, e -> showUnlock()));
    }

    @Override
    public void showFirstRun() {
        open = false;
        ViewLoader.Loaded<FirstRunView> loaded = views.load(FirstRunView.class);
        setRoot(loaded.root(), loaded.controller());
    }

    @Override
    public void showUnlock() {
        open = false;
        ViewLoader.Loaded<UnlockView> loaded = views.load(UnlockView.class);
        setRoot(loaded.root(), loaded.controller());
    }

    @Override
    public void showMain(boolean demoData) {
        open = true;
        idle.activity(System.nanoTime());
        demo = demoData;
        ViewLoader.Loaded<MainView> loaded = views.load(MainView.class);
        loaded.controller().start(demoData);
        setRoot(loaded.root(), loaded.controller());
    }

    @Override
    public void showSetPassword() {
        open = true;
        demo = false;
        ViewLoader.Loaded<SetPasswordView> loaded = views.load(SetPasswordView.class);
        setRoot(loaded.root(), loaded.controller());
    }

    @Override
    public void reloadMain() {
        Platform.runLater(() -> {
            if (open) {
                showMain(demo);
                ((MainView) current).showSettings();
            }
        });
    }

    @Override
    public void lock() {
        lock(LockReason.LOCK);
    }

    private void lock(LockReason reason) {
        tasks.cancelAll();
        forms.get().closeAll(false);
        caseWindows.get().closeAll(false);
        open = false;
        demo = false;
        setRoot(new StackPane(new Label(messages.get("shell.locking"))), null);
        Path dir = folders.vault();
        tasks.run(BackgroundTask.of(messages.get("shell.locking"), context -> {
            locking.lock(reason);
            return vault.inspect(dir);
        }).onSuccess(state -> {
            if (state == VaultService.VaultState.VAULT) {
                showUnlock();
            } else {
                showFirstRun();
            }
        }).onFailure(Exception.class, e -> showUnlock()));
    }

    @Override
    public void vaultOpened() {
        open = true;
        idle.activity(System.nanoTime());
    }

    /**
     * The panic key: the same immediate clearing as {@link #lock()}, then a neutral notes page (titled "Notes", no
     * Amparo name) while the vault locks in the background; its "Done" leads to the unlock screen.
     */
    @Override
    public void panic() {
        tasks.cancelAll();
        forms.get().closeAll(false);
        open = false;
        demo = false;
        setRoot(NeutralScreen.build(messages, this::leaveNeutral), null);
        stage.setTitle(messages.get("neutral.title"));
        tasks.run(BackgroundTask.ofRunnable("", () -> locking.lock(LockReason.PANIC)));
    }

    private void leaveNeutral() {
        Path dir = folders.vault();
        tasks.run(BackgroundTask.of("", context -> {
            vault.lock();
            return vault.inspect(dir);
        }).onSuccess(state -> {
            if (state == VaultService.VaultState.VAULT) {
                showUnlock();
            } else {
                showFirstRun();
            }
        }).onFailure(Exception.class, e -> showUnlock()));
    }

    /** Checks once a second whether the open vault has been idle too long (only while this window shows our scene). */
    private void startIdleCheck() {
        if (idleCheck != null) {
            idleCheck.stop();
        }
        idleCheck = new Timeline(new KeyFrame(Duration.seconds(1), event -> {
            if (open && stage.getScene() == shown && idle.due(System.nanoTime())) {
                lock(LockReason.IDLE);
            }
        }));
        idleCheck.setCycleCount(Timeline.INDEFINITE);
        idleCheck.play();
    }

    /** Whether a vault is open (the lock keys do something). */
    public boolean isOpen() {
        return open;
    }

    private void setRoot(Parent root, Object controller) {
        if (current instanceof Disposable disposable) {
            disposable.dispose();
        }
        current = controller;
        Scene old = stage.getScene();
        double width = old == null ? WIDTH : old.getWidth();
        double height = old == null ? HEIGHT : old.getHeight();
        Scene scene = new Scene(root, width, height);
        prepare(scene);
        stage.setScene(scene);
        shown = scene;
        stage.setTitle(messages.get("app.title"));
    }

    /** Our styles and the lock keys, for every scene the app shows. */
    public void prepare(Scene scene) {
        theme.style(scene);
        guard.guard(scene);
        scene.getAccelerators().put(Shortcuts.LOCK, () -> {
            if (open) {
                lock();
            }
        });
    }
}
