package org.amparo.security.ui;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.amparo.platform.i18n.Messages;

/**
 * "Break glass": the reason (required, recorded), the length and the time limit, and the reason's error in words.
 * The start button stays open on a refused reason; the view model decides.
 */
final class BreakGlassDialog extends Dialog<ButtonType> {

    BreakGlassDialog(BreakGlassViewModel viewModel, Messages messages, Window owner) {
        initOwner(owner);
        setTitle(messages.get("breakglass.dialog.title"));
        setHeaderText(messages.get("breakglass.dialog.header"));
        viewModel.prepareDialog();

        TextArea reason = new TextArea();
        reason.setId("breakGlassReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        Label reasonLabel = new Label(messages.get("breakglass.dialog.reason"));
        reasonLabel.setLabelFor(reason);
        reasonLabel.setMnemonicParsing(true);

        ChoiceBox<Integer> length = new ChoiceBox<>();
        length.setId("breakGlassLength");
        length.getItems().setAll(BreakGlassViewModel.LENGTHS);
        length.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null ? "" : messages.get("breakglass.dialog.minutes", minutes);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        length.setValue(viewModel.minutesProperty().get());
        length.valueProperty().addListener((obs, old, now) -> viewModel.minutesProperty().set(now));
        Label lengthLabel = new Label(messages.get("breakglass.dialog.length"));
        lengthLabel.setLabelFor(length);
        lengthLabel.setMnemonicParsing(true);

        Label limit = new Label(viewModel.limitText());
        limit.setWrapText(true);
        Label error = new Label();
        error.setId("breakGlassError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());

        VBox content = new VBox(8, reasonLabel, reason, lengthLabel, length, limit, error);
        content.setPadding(new Insets(8, 0, 0, 0));
        content.setPrefWidth(480);
        getDialogPane().setContent(content);

        ButtonType start = new ButtonType(messages.get("breakglass.dialog.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(start, ButtonType.CANCEL);
        Button startButton = (Button) getDialogPane().lookupButton(start);
        startButton.setId("breakGlassStart");
        startButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!viewModel.begin()) {
                event.consume();
            }
        });
        setOnShown(event -> reason.requestFocus());
    }
}
