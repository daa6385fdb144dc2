package org.amparo.retention.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.amparo.platform.i18n.Messages;
import org.amparo.retention.PurgeKind;

/**
 * The case window's retention part: kind, reason, the backup caveat and "Purge…" (disabled unless the case is closed
 * and the user may purge; the status line says why). Built in code like the case view's other tabs.
 */
public final class PurgeCasePane {

    private final VBox root;

    public PurgeCasePane(PurgeCaseViewModel model, Messages messages) {
        Label heading = new Label(messages.get("retention.case.heading"));
        heading.getStyleClass().add("title-4");
        ToggleGroup kinds = new ToggleGroup();
        RadioButton narratives = radio(model, PurgeKind.NARRATIVES, kinds);
        RadioButton whole = radio(model, PurgeKind.WHOLE_CASE, kinds);
        kinds.selectToggle(model.kindProperty().get() == PurgeKind.WHOLE_CASE ? whole : narratives);
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.kindProperty().set((PurgeKind) now.getUserData());
            }
        });
        Label reasonLabel = new Label(messages.get("retention.case.reason"));
        reasonLabel.setMnemonicParsing(true);
        TextField reason = new TextField();
        reason.setPrefColumnCount(40);
        reason.textProperty().bindBidirectional(model.reasonProperty());
        reasonLabel.setLabelFor(reason);
        Label caveat = new Label(messages.get("retention.caveat.before"));
        caveat.setWrapText(true);
        caveat.setMaxWidth(560);
        caveat.getStyleClass().add("text-muted");
        Button purge = new Button(messages.get("retention.case.purge"));
        purge.setMnemonicParsing(true);
        purge.getStyleClass().add("danger");
        purge.disableProperty().bind(model.availableProperty().not());
        purge.setOnAction(e -> model.purge());
        Label status = new Label();
        status.setWrapText(true);
        status.setMaxWidth(560);
        status.textProperty().bind(model.statusProperty());
        root = new VBox(10, heading, new HBox(18, narratives, whole), reasonLabel, reason, caveat, purge, status);
        root.setPadding(new Insets(14));
    }

    private static RadioButton radio(PurgeCaseViewModel model, PurgeKind kind, ToggleGroup group) {
        RadioButton button = new RadioButton(model.kindName(kind));
        button.setUserData(kind);
        button.setToggleGroup(group);
        return button;
    }

    public Node root() {
        return root;
    }
}
