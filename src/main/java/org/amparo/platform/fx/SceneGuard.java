package org.amparo.platform.fx;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * What every window of the app listens for: Ctrl+Shift+L locks, Esc twice is the panic key, and any key, mouse or
 * scroll event counts as activity for the idle lock ({@link IdleTimer}).
 */
@Singleton
public final class SceneGuard {

    private final Provider<Navigation> navigation;
    private final IdleTimer idle;
    private final PanicKey panic = new PanicKey();

    @Inject
    public SceneGuard(Provider<Navigation> navigation, IdleTimer idle) {
        this.navigation = navigation;
        this.idle = idle;
    }

    /** Adds the lock keys and the activity listeners to {@code scene}. */
    public void guard(Scene scene) {
        scene.getAccelerators().put(Shortcuts.LOCK, () -> navigation.get().lock());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.addEventFilter(MouseEvent.ANY, this::activity);
        scene.addEventFilter(ScrollEvent.ANY, this::activity);
    }

    private void key(KeyEvent event) {
        long now = System.nanoTime();
        idle.activity(now);
        if (event.getCode() != KeyCode.ESCAPE) {
            panic.otherKey();
        } else if (panic.escape(now)) {
            event.consume();
            navigation.get().panic();
        }
    }

    private void activity(Event event) {
        idle.activity(System.nanoTime());
    }
}
