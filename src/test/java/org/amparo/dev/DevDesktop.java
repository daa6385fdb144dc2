package org.amparo.dev;

import com.google.inject.Injector;
import com.google.inject.util.Modules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.amparo.AmparoApplication;
import org.amparo.bootstrap.AmparoModule;
import org.amparo.clients.DemoDataService;
import org.amparo.shell.AppWindow;
import org.amparo.testing.InMemoryServicesModule;

/**
 * Developer launcher on in-memory fakes, for looking at the screens under Xvfb. With {@code AMPARO_DEV_TOUR=1} it
 * walks through the screens by itself, writing {@code step-N} marker files into {@code $AMPARO_HOME} so a script can
 * take a screenshot of each.
 */
public final class DevDesktop extends Application {

    private final List<Runnable> steps = new ArrayList<>();
    private Path home;

    public static void main(String[] args) {
        launch(DevDesktop.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        home = Path.of(System.getenv().getOrDefault("AMPARO_HOME", "/tmp/amparo-ui-try"));
        Files.createDirectories(home);
        Injector injector = AmparoApplication.injector(List.of(Modules.override(AmparoModule.forDesktop())
                .with(new InMemoryServicesModule(home, true))));
        String tour = System.getenv().getOrDefault("AMPARO_DEV_TOUR", "");
        if ("main".equals(tour)) {
            injector.getInstance(DemoDataService.class).fill(200, 1, done -> { });
        }
        injector.getInstance(AppWindow.class).start(stage);
        if ("main".equals(tour)) {
            mainTour();
        } else if ("demo".equals(tour)) {
            steps.add(() -> { });
            steps.add(() -> fire("#demoChoice"));
            steps.add(() -> { });
            steps.add(() -> fire("#settingsButton"));
            steps.add(() -> selectLanguage(1));
            steps.add(() -> fire("#clientsButton"));
        }
        run(0);
    }

    private void mainTour() {
        steps.add(() -> { });
        steps.add(() -> {
            fire("#createChoice");
            type("#adminName", "Admin Prueba");
            type("#password", "short");
        });
        steps.add(() -> {
            type("#password", "violet tractor harbour moonlight");
            type("#passwordConfirm", "violet tractor harbour moonlight");
        });
        steps.add(() -> fire("#createButton"));
        steps.add(() -> {
            ((CheckBox) find("#writtenDown")).setSelected(true);
            fire("#continueButton");
            type("#typedBack", "k7qm 2xwp 9rtb");
        });
        steps.add(() -> {
            type("#typedBack", "k7qm 2xwp 9rtb 4hjd vn6c 8fyl");
            fire("#finishButton");
        });
        steps.add(() -> type("#search", "ro"));
        steps.add(() -> {
            TableView<?> table = (TableView<?>) find("#table");
            table.getSelectionModel().selectFirst();
            table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        steps.add(() -> {
            type("#aNumber", "12");
            type("#zip", "7870");
            fire("#addPhone");
            find("#givenName").requestFocus();
        });
        steps.add(() -> fire("#lockButton"));
        steps.add(() -> {
            type("#userName", "Admin Prueba");
            type("#password", "wrong password");
            fire("#unlockButton");
        });
        steps.add(() -> {
            type("#password", "violet tractor harbour moonlight");
            fire("#unlockButton");
        });
        steps.add(() -> fire("#casesButton"));
        steps.add(() -> {
            fire("#settingsButton");
        });
        steps.add(() -> fire("#darkTheme"));
        steps.add(() -> fire("#clientsButton"));
    }

    private void run(int index) {
        if (index >= steps.size()) {
            return;
        }
        try {
            steps.get(index).run();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DevDesktop.class).error("Tour step {} failed", index, e);
        }
        PauseTransition settle = new PauseTransition(Duration.seconds(2.5));
        settle.setOnFinished(event -> {
            try {
                Files.writeString(home.resolve("step-" + index), "ready");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            PauseTransition shot = new PauseTransition(Duration.seconds(2.5));
            shot.setOnFinished(done -> run(index + 1));
            shot.play();
        });
        settle.play();
    }

    private static Node find(String id) {
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null) {
                Node node = window.getScene().lookup(id);
                if (node != null && node.isVisible()) {
                    return node;
                }
            }
        }
        throw new IllegalStateException("No node " + id);
    }

    private static void fire(String id) {
        ((ButtonBase) find(id)).fire();
    }

    private static void type(String id, String text) {
        TextInputControl input = (TextInputControl) find(id);
        input.requestFocus();
        input.setText(text);
    }

    @SuppressWarnings("unchecked")
    private static void selectLanguage(int index) {
        ((ComboBox<Object>) find("#language")).getSelectionModel().select(index);
    }
}
