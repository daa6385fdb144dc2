package org.amparo.clients.ui;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.platform.fx.SceneGuard;
import org.amparo.platform.fx.ViewLoader;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.theme.ThemeService;

/** Opens each client form in its own window (titled "Amparo"), and closes them all when the vault is locked. */
@Singleton
public final class ClientFormWindows implements ClientFormOpener {

    private final ViewLoader views;
    private final ClientFormViewModel.Factory viewModels;
    private final ThemeService theme;
    private final Messages messages;
    private final SceneGuard guard;
    private final Map<Stage, ClientFormViewModel> open = new LinkedHashMap<>();

    @Inject
    public ClientFormWindows(ViewLoader views, ClientFormViewModel.Factory viewModels, ThemeService theme,
                             Messages messages, SceneGuard guard) {
        this.views = views;
        this.viewModels = viewModels;
        this.theme = theme;
        this.messages = messages;
        this.guard = guard;
    }

    @Override
    public void openNew(Runnable onSaved) {
        show(OptionalLong.empty(), onSaved);
    }

    @Override
    public void open(long clientId, Runnable onSaved) {
        show(OptionalLong.of(clientId), onSaved);
    }

    private void show(OptionalLong clientId, Runnable onSaved) {
        ClientFormViewModel viewModel = viewModels.create(clientId);
        ViewLoader.Loaded<ClientFormView> loaded = views.load(ClientFormView.class);
        loaded.controller().bind(viewModel);
        Stage stage = new Stage();
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(loaded.root(), 900, 720);
        theme.style(scene);
        guard.guard(scene);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        viewModel.setCallbacks(onSaved, () -> close(stage));
        stage.setOnCloseRequest(event -> {
            if (viewModel.mayClose()) {
                close(stage);
            } else {
                event.consume();
            }
        });
        open.put(stage, viewModel);
        stage.show();
    }

    private void close(Stage stage) {
        ClientFormViewModel viewModel = open.remove(stage);
        if (viewModel != null) {
            viewModel.setCallbacks(() -> { }, () -> { });
        }
        stage.setScene(null);
        stage.close();
    }

    /**
     * Closes every form. With {@code ask}, each form with unsaved changes asks first and a "keep editing" stops;
     * without, they close at once (locking). Returns whether all closed.
     */
    public boolean closeAll(boolean ask) {
        List<Stage> stages = new ArrayList<>(open.keySet());
        for (Stage stage : stages) {
            if (ask && !open.get(stage).mayClose()) {
                return false;
            }
            close(stage);
        }
        return true;
    }
}
