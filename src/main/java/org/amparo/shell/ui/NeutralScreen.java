package org.amparo.shell.ui;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.amparo.platform.i18n.Messages;

/**
 * What the panic key shows: a plain, empty notes page with no Amparo name and nothing of any client. Nothing typed
 * into it is kept. "Done" leads back to the unlock screen.
 */
public final class NeutralScreen {

    private NeutralScreen() {
    }

    /** The screen; {@code done} runs when "Done" is pressed. */
    public static Parent build(Messages messages, Runnable done) {
        TextArea notes = new TextArea();
        notes.setId("neutralNotes");
        notes.setWrapText(true);
        Button doneButton = new Button(messages.get("neutral.done"));
        doneButton.setId("neutralDone");
        doneButton.setOnAction(event -> done.run());
        HBox bar = new HBox(doneButton);
        bar.setPadding(new Insets(6, 10, 6, 10));
        BorderPane root = new BorderPane(notes);
        root.setTop(bar);
        root.setId("neutralScreen");
        return root;
    }
}
