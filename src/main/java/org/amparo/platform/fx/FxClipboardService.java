package org.amparo.platform.fx;

import jakarta.inject.Singleton;
import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** {@link ClipboardService} on JavaFX's system clipboard; call it on the FX thread. */
@Singleton
public final class FxClipboardService implements ClipboardService {

    private final SensitiveClipboard clipboard = new SensitiveClipboard(new SystemClip(), FxClipboardService::later,
            KEEP);

    @Override
    public void copySensitive(String text) {
        clipboard.copySensitive(text);
    }

    private static void later(Duration delay, Runnable work) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> work.run());
        pause.play();
    }

    private static final class SystemClip implements SensitiveClipboard.Clip {
        @Override
        public String text() {
            Clipboard system = Clipboard.getSystemClipboard();
            return system.hasString() ? system.getString() : null;
        }

        @Override
        public void put(String text) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }

        @Override
        public void clear() {
            Clipboard.getSystemClipboard().clear();
        }
    }
}
