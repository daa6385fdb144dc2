package org.amparo.shell.ui;

import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.amparo.platform.i18n.Messages;

/** A plain page for a section that is not built yet, naming what is coming. */
public final class NotBuiltView {

    private final Messages messages;

    @FXML private Label heading;
    @FXML private Label coming;

    @Inject
    public NotBuiltView(Messages messages) {
        this.messages = messages;
    }

    public void show(Section section) {
        heading.setText(messages.get("notBuilt.heading", messages.get(section.labelKey()).replace("_", "")));
        coming.setText(messages.get(section.comingKey()));
    }
}
