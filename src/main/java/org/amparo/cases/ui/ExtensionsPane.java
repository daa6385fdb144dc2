package org.amparo.cases.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The "Extensions" tab: one row per extension (name, JSON value, what is wrong with it, Remove) and "Add extension"
 * (Alt+X), which focuses the new row's name. Everything is reachable with Tab.
 */
final class ExtensionsPane {

    private final ExtensionsForm form;
    private final VBox list = new VBox(6);
    private final VBox root;
    private final ListChangeListener<ExtensionsForm.Row> onRows = change -> fill(null);

    ExtensionsPane(ExtensionsForm form, Node saveBar) {
        this.form = form;
        Label intro = new Label(form.messages().get("extensions.intro"));
        intro.setWrapText(true);
        Button add = new Button(form.messages().get("extensions.add"));
        add.setId("addExtension");
        add.setMnemonicParsing(true);
        add.setOnAction(event -> fill(form.add()));
        root = new VBox(12, intro, list, add, saveBar);
        root.setPadding(new Insets(14));
        form.rows().addListener(onRows);
        fill(null);
    }

    private void fill(ExtensionsForm.Row focusRow) {
        list.getChildren().clear();
        if (form.rows().isEmpty()) {
            list.getChildren().add(new Label(form.messages().get("extensions.none")));
            return;
        }
        int index = 0;
        for (ExtensionsForm.Row row : form.rows()) {
            TextField key = new TextField();
            key.setId("extensionKey" + index);
            key.setPromptText(form.messages().get("extensions.key"));
            key.setAccessibleText(form.messages().get("extensions.key"));
            key.setPrefColumnCount(14);
            key.textProperty().bindBidirectional(row.keyProperty());
            TextField value = new TextField();
            value.setId("extensionValue" + index);
            value.setPromptText(form.messages().get("extensions.value"));
            value.setAccessibleText(form.messages().get("extensions.value"));
            value.textProperty().bindBidirectional(row.jsonProperty());
            HBox.setHgrow(value, Priority.ALWAYS);
            Button remove = new Button(form.messages().get("extensions.remove"));
            remove.setOnAction(event -> form.remove(row));
            Label error = new Label();
            error.getStyleClass().add("amp-field-error");
            error.setWrapText(true);
            error.textProperty().bind(row.errorProperty());
            HBox line = new HBox(8, key, value, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(new VBox(2, line, error));
            if (row == focusRow) {
                Platform.runLater(key::requestFocus);
            }
            index++;
        }
    }

    Node root() {
        return root;
    }

    void dispose() {
        form.rows().removeListener(onRows);
    }
}
