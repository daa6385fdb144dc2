package org.amparo.summaries.ui;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.amparo.platform.i18n.Messages;

/**
 * "Include redacted fields": a check box per field the profile redacts and the reason (required, printed in the
 * summary). Apply stays open while {@link SummaryOverride#apply()} refuses, showing why.
 */
final class IncludeRedactedDialog extends Dialog<ButtonType> {

    IncludeRedactedDialog(SummaryOverride override, Messages messages, Window owner) {
        initOwner(owner);
        setTitle(messages.get("summary.ui.override.title"));
        setHeaderText(messages.get("summary.ui.override.header"));
        override.prepare();

        FlowPane fields = new FlowPane(12, 6);
        fields.setPrefWrapLength(460);
        for (SummaryOverride.FieldChoice choice : override.choices()) {
            CheckBox box = new CheckBox(override.name(choice.field()));
            box.setId("include-" + choice.field().name());
            box.selectedProperty().bindBidirectional(choice.chosen());
            fields.getChildren().add(box);
        }
        TextArea reason = new TextArea();
        reason.setId("overrideReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(override.reasonProperty());
        Label reasonLabel = new Label(messages.get("summary.ui.override.reason"));
        reasonLabel.setMnemonicParsing(true);
        reasonLabel.setLabelFor(reason);
        Label error = new Label();
        error.setId("overrideError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(override.errorProperty());

        VBox content = new VBox(8, new ScrollPane(fields), reasonLabel, reason, error);
        content.setPadding(new Insets(8, 0, 0, 0));
        content.setPrefWidth(500);
        getDialogPane().setContent(content);

        ButtonType apply = new ButtonType(messages.get("summary.ui.override.apply"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        applyButton.setId("overrideApply");
        applyButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!override.apply()) {
                event.consume();
            }
        });
    }
}
