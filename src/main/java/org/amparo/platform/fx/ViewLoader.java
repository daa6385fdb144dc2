package org.amparo.platform.fx;

import com.google.inject.Injector;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.amparo.platform.i18n.Messages;

/**
 * Loads a view by naming convention: the controller {@code org.amparo.x.ui.FooView} goes with
 * {@code org/amparo/x/ui/FooView.fxml} on the class path. Controllers come from Guice (so they get their ViewModel by
 * injection); a controller Guice cannot build fails at once with a message naming the FXML and the class.
 */
public final class ViewLoader {

    private final Injector injector;
    private final Messages messages;

    @Inject
    public ViewLoader(Injector injector, Messages messages) {
        this.injector = injector;
        this.messages = messages;
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) { }

    public <C> Loaded<C> load(Class<C> viewClass) {
        String fxml = fxmlPath(viewClass);
        URL location = viewClass.getResource("/" + fxml);
        if (location == null) {
            throw new IllegalStateException("No FXML " + fxml + " for view " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, messages.bundle());
        loader.setControllerFactory(type -> controller(fxml, type));
        try {
            Parent root = loader.load();
            return new Loaded<>(root, viewClass.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml + " for view " + viewClass.getName(), e);
        }
    }

    /** {@code org.amparo.x.ui.FooView} → {@code org/amparo/x/ui/FooView.fxml}. */
    static String fxmlPath(Class<?> viewClass) {
        return viewClass.getName().replace('.', '/') + ".fxml";
    }

    private Object controller(String fxml, Class<?> type) {
        try {
            return injector.getInstance(type);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not create controller " + type.getName() + " for " + fxml
                    + ": " + e.getMessage(), e);
        }
    }
}
