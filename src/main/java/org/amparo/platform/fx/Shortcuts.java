package org.amparo.platform.fx;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Keyboard shortcuts that work in every window. */
public final class Shortcuts {

    /** Ctrl+Shift+L (Cmd+Shift+L on a Mac): lock at once. */
    public static final KeyCombination LOCK =
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private Shortcuts() {
    }
}
