package org.amparo.interchange.ui;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.interchange.ImportOpener;
import org.amparo.platform.fx.Navigation;
import org.amparo.platform.fx.Shortcuts;
import org.amparo.platform.fx.ViewLoader;
import org.amparo.platform.i18n.Messages;
import org.amparo.platform.theme.ThemeService;

/** Opens the import window (one at a time) over the focused window. */
@Singleton
public final class ImportWindows implements ImportOpener {

    private final ViewLoader views;
    private final Provider<ImportViewModel> viewModels;
    private final ThemeService theme;
    private final Messages messages;
    private final Navigation navigation;
    private Stage open;

    @Inject
    public ImportWindows(ViewLoader views, Provider<ImportViewModel> viewModels, ThemeService theme,
                         Messages messages, Navigation navigation) {
        this.views = views;
        this.viewModels = viewModels;
        this.theme = theme;
        this.messages = messages;
        this.navigation = navigation;
    }

    @Override
    public void open(Runnable onImported) {
        if (open != null) {
            open.toFront();
            return;
        }
        ImportViewModel viewModel = viewModels.get();
        viewModel.setOnImported(onImported);
        ViewLoader.Loaded<ImportView> loaded = views.load(ImportView.class);
        loaded.controller().bind(viewModel);
        Stage stage = new Stage();
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(loaded.root(), 900, 680);
        theme.style(scene);
        scene.getAccelerators().put(Shortcuts.LOCK, navigation::lock);
        stage.setScene(scene);
        stage.setTitle(messages.get("importWindow.title"));
        stage.setOnHidden(event -> {
            loaded.controller().dispose();
            viewModel.setOnImported(() -> { });
            open = null;
        });
        open = stage;
        stage.show();
    }
}
