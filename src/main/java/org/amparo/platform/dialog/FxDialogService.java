package org.amparo.platform.dialog;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.amparo.platform.i18n.Messages;

/** JavaFX alerts, owned by the focused window so they stay on top of it. Title is always "Amparo". */
public final class FxDialogService implements DialogService {

    private final Messages messages;

    @Inject
    public FxDialogService(Messages messages) {
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.setHeaderText(title);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    @Override
    public void error(String message) {
        alert(Alert.AlertType.ERROR, message, ButtonType.OK).showAndWait();
    }

    @Override
    public void info(String message) {
        alert(Alert.AlertType.INFORMATION, message, ButtonType.OK).showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        return Optional.ofNullable(chooser.showOpenDialog(owner())).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner())).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner())).map(java.io.File::toPath);
    }

    private static FileChooser chooser(String title, List<FileFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        filters.forEach(f -> chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(f.description(), f.patterns())));
        return chooser;
    }

    private static Window owner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
    }

    private Alert alert(Alert.AlertType type, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        Window.getWindows().stream().filter(Window::isFocused).findFirst().ifPresent(alert::initOwner);
        return alert;
    }
}
