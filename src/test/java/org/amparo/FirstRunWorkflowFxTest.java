package org.amparo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.amparo.clients.ui.ClientListPage;
import org.amparo.security.ui.FirstRunPage;
import org.amparo.security.ui.UnlockPage;
import org.amparo.testing.InMemoryServicesModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.amparo.testing.FxApp;

/**
 * The first-run workflow end to end: create the vault, confirm the recovery code, add a client, find her by part of
 * an alias, lock with Ctrl+Shift+L, and check that no window shows anything of her any more.
 *
 * <p>Runs on the real services: {@link InMemoryServicesModule} only points the vault folder at a temporary directory
 * and keeps preferences in memory; the encrypted vault, key slots and client store are the ones the app ships. After
 * the lock, the vault folder is searched for her name: it must appear in no file (the database is encrypted).
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunWorkflowFxTest {

    private static final boolean FAKE_SERVICES = false;
    private static final String PASSWORD = "violet tractor harbour moonlight";

    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        FxApp app = FxApp.prepare(stage, FAKE_SERVICES);
        home = app.home();
        app.launch();
    }

    @Test
    void createVaultAddClientFindHerLockAndNothingOfHerRemains(FxRobot robot) throws Exception {
        FirstRunPage firstRun = new FirstRunPage(robot).createVault("Admin Prueba", PASSWORD);
        String code = firstRun.recoveryCode();
        assertThat(code.replaceAll("\\s", "")).hasSizeGreaterThanOrEqualTo(16);
        firstRun.confirmRecoveryCode(code);

        ClientListPage list = new ClientListPage(robot);
        list.newClient().names("Rosalinda", "Ejemplo-Prueba").alias("Chaparrita").aNumber("A123456789").save();
        list.waitForNames(List.of("Ejemplo-Prueba, Rosalinda"));
        list.search("chapa").waitForNames(List.of("Ejemplo-Prueba, Rosalinda"));
        assertThat(textsInAllWindows()).anyMatch(text -> text.contains("Rosalinda"));

        list.focus();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        new UnlockPage(robot);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.listTargetWindows()).allMatch(window -> !(window instanceof Stage stage)
                || "Amparo".equals(stage.getTitle()));
        assertThat(textsInAllWindows()).noneMatch(text -> text.contains("Rosalinda")
                || text.contains("Ejemplo-Prueba") || text.contains("Chaparrita") || text.contains("123456789"));
        assertThat(filesHolding(home, "Rosalinda")).as("files holding her name in plaintext").isEmpty();
    }

    /** Files under {@code folder} that hold {@code canary} as ASCII/UTF-8 or UTF-16 (either byte order). */
    private static List<Path> filesHolding(Path folder, String canary) throws java.io.IOException {
        List<byte[]> needles = List.of(canary.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                canary.getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
                canary.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        List<Path> holding = new ArrayList<>();
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                if (needles.stream().anyMatch(needle -> indexOf(content, needle) >= 0)) {
                    holding.add(file);
                }
            }
        }
        return holding;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Every text any node of any open window shows or holds. */
    private static List<String> textsInAllWindows() {
        List<String> texts = new ArrayList<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            for (Window window : Window.getWindows()) {
                if (window.getScene() != null) {
                    collect(window.getScene().getRoot(), texts);
                }
            }
        }));
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getText() != null) {
            texts.add(input.getText());
        }
        if (node instanceof TableView<?> table && table.getItems() != null) {
            table.getItems().forEach(item -> texts.add(String.valueOf(item)));
        }
        if (node instanceof ListView<?> list && list.getItems() != null) {
            list.getItems().forEach(item -> texts.add(String.valueOf(item)));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
