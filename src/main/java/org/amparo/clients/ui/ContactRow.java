package org.amparo.clients.ui;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.amparo.platform.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/** Builds one phone or e-mail row of the client form (a text field, its safe-contact boxes, a remove button). */
final class ContactRow {

    private final Messages messages;

    ContactRow(Messages messages) {
        this.messages = messages;
    }

    HBox phone(PhoneRow row, Runnable remove, Runnable left) {
        TextField number = field(row.numberProperty().get(), messages.get("client.field.phone"), left);
        number.textProperty().bindBidirectional(row.numberProperty());
        CheckBox call = box("client.field.safeToCall", row.safeToCallProperty());
        CheckBox text = box("client.field.safeToText", row.safeToTextProperty());
        CheckBox voicemail = box("client.field.safeForVoicemail", row.safeForVoicemailProperty());
        return row(number, remove, call, text, voicemail);
    }

    HBox email(EmailRow row, Runnable remove, Runnable left) {
        TextField address = field(row.addressProperty().get(), messages.get("client.field.email"), left);
        address.textProperty().bindBidirectional(row.addressProperty());
        CheckBox safe = box("client.field.emailSafe", row.safeProperty());
        return row(address, remove, safe);
    }

    private TextField field(String value, String prompt, Runnable left) {
        TextField field = new TextField(value);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        HBox.setHgrow(field, Priority.ALWAYS);
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                left.run();
            }
        });
        if (value.isEmpty()) {
            Platform.runLater(field::requestFocus);
        }
        return field;
    }

    private CheckBox box(String key, BooleanProperty property) {
        CheckBox box = new CheckBox(messages.get(key));
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private HBox row(TextField field, Runnable remove, CheckBox... boxes) {
        Button removeButton = new Button(null, new FontIcon("mdmz-remove_circle_outline"));
        removeButton.setTooltip(new Tooltip(messages.get("client.action.remove")));
        removeButton.setAccessibleText(messages.get("client.action.remove"));
        removeButton.setOnAction(event -> remove.run());
        HBox box = new HBox(10);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(field);
        box.getChildren().addAll(boxes);
        box.getChildren().add(removeButton);
        return box;
    }
}
