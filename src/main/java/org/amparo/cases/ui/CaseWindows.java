package org.amparo.cases.ui;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.platform.fx.Navigation;
import org.amparo.platform.fx.Shortcuts;
import org.amparo.platform.fx.ViewLoader;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.theme.ThemeService;

/**
 * Opens the case workspace's windows (a case, an intake, a client's cases), each titled "Amparo", and closes them
 * all when the vault is locked.
 */
@Singleton
public final class CaseWindows implements CaseOpener {

    /**
     * An open window: whether it may close now, what to do when the person closes it, and what to do whenever it
     * goes (also on lock).
     */
    private record Open(BooleanSupplier mayClose, Runnable closing, Runnable dispose) { }

    private final ViewLoader views;
    private final CaseViewModel.Factory caseModels;
    private final IntakeViewModel.Factory intakeModels;
    private final ClientCasesViewModel.Factory listModels;
    private final ThemeService theme;
    private final Messages messages;
    private final Navigation navigation;
    private final Map<Stage, Open> open = new LinkedHashMap<>();

    @Inject
    public CaseWindows(ViewLoader views, CaseViewModel.Factory caseModels, IntakeViewModel.Factory intakeModels,
                       ClientCasesViewModel.Factory listModels, ThemeService theme, Messages messages,
                       Navigation navigation) {
        this.views = views;
        this.caseModels = caseModels;
        this.intakeModels = intakeModels;
        this.listModels = listModels;
        this.theme = theme;
        this.messages = messages;
        this.navigation = navigation;
    }

    @Override
    public void openCase(long caseId) {
        CaseViewModel model = caseModels.create(caseId);
        ViewLoader.Loaded<CaseView> loaded = views.load(CaseView.class);
        loaded.controller().bind(model);
        show(loaded.root(), 1280, 820, new Open(model::mayClose, () -> { }, () -> {
            loaded.controller().dispose();
            model.dispose();
        }));
        model.load();
    }

    @Override
    public void openIntake(long caseId) {
        IntakeViewModel model = intakeModels.create(caseId);
        ViewLoader.Loaded<IntakeView> loaded = views.load(IntakeView.class);
        loaded.controller().bind(model);
        Stage stage = show(loaded.root(), 900, 760, new Open(() -> true, model::closing, () -> { }));
        model.setCallbacks(this::openCase, () -> close(stage, false));
        model.load();
    }

    @Override
    public void showClientCases(long clientId) {
        ClientCasesViewModel model = listModels.create(clientId);
        ViewLoader.Loaded<ClientCasesView> loaded = views.load(ClientCasesView.class);
        loaded.controller().bind(model);
        Stage stage = show(loaded.root(), 640, 440, new Open(() -> true, () -> { }, () -> { }));
        model.setCloser(() -> close(stage, false));
        model.load();
    }

    private Stage show(Parent root, double width, double height, Open window) {
        Stage stage = new Stage();
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(root, width, height);
        theme.style(scene);
        scene.getAccelerators().put(Shortcuts.LOCK, navigation::lock);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.setOnCloseRequest(event -> {
            if (window.mayClose().getAsBoolean()) {
                close(stage, true);
            } else {
                event.consume();
            }
        });
        open.put(stage, window);
        stage.show();
        return stage;
    }

    private void close(Stage stage, boolean byPerson) {
        Open window = open.remove(stage);
        if (window != null && byPerson) {
            window.closing().run();
        }
        if (window != null) {
            window.dispose().run();
        }
        stage.setScene(null);
        stage.close();
    }

    /**
     * Closes every case window. With {@code ask}, a case with unsaved changes asks first and "keep editing" stops;
     * without, they close at once (locking). Returns whether all closed.
     */
    public boolean closeAll(boolean ask) {
        for (Stage stage : new ArrayList<>(List.copyOf(open.keySet()))) {
            if (ask && !open.get(stage).mayClose().getAsBoolean()) {
                return false;
            }
            close(stage, false);
        }
        return true;
    }
}
