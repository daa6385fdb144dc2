package org.amparo.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up floor: a bare JavaFX window that reports itself shown (see {@link ShownReporter}) and exits. Its main
 * class does not extend {@code Application}, so it runs with JavaFX on the plain class path.
 */
public final class FloorWindow {

    private FloorWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
        System.exit(0);
    }

    /** The empty window. */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) {
            stage.setTitle("Amparo start-up floor");
            stage.setScene(new Scene(new StackPane(), 800, 600));
            stage.setOnShown(e -> Platform.runLater(() -> {
                ShownReporter.reportShown();
                Platform.exit();
            }));
            stage.show();
        }
    }
}
