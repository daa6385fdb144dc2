package org.amparo.cases.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.amparo.cases.AdverseParty;
import org.amparo.platform.i18n.Messages;

/** The adverse-parties tab: who is on the case against her, and a form to add one (conflict-checked on save). */
final class AdversePartyPane {

    private final VBox root;

    AdversePartyPane(AdversePartyForm form, Messages messages) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        row(grid, 0, messages.get("adverseParty.role"), roleChoice(form));
        row(grid, 1, messages.get("adverseParty.givenName"), text("adverseGiven", form.givenNameProperty()));
        row(grid, 2, messages.get("adverseParty.familyName"), text("adverseFamily", form.familyNameProperty()));
        row(grid, 3, messages.get("adverseParty.aliases"), text("adverseAliases", form.aliasesProperty()));
        row(grid, 4, messages.get("adverseParty.dob"), text("adverseDob", form.dobProperty()));
        row(grid, 5, messages.get("adverseParty.relationship"),
                text("adverseRelationship", form.relationshipProperty()));
        Button add = new Button(messages.get("adverseParty.add"));
        add.setId("addAdverseParty");
        add.setMnemonicParsing(true);
        add.setOnAction(event -> form.save());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(form.messageProperty());
        Label heading = new Label(messages.get("adverseParty.heading"));
        heading.getStyleClass().add("title-3");
        root = new VBox(12, heading, partyList(form), grid, add, message);
        root.setPadding(new Insets(14));
    }

    private static ListView<AdverseParty> partyList(AdversePartyForm form) {
        ListView<AdverseParty> list = new ListView<>(form.parties());
        list.setPrefHeight(140);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(AdverseParty party, boolean empty) {
                super.updateItem(party, empty);
                setText(empty || party == null ? null : form.describe(party));
            }
        });
        return list;
    }

    private static ComboBox<AdverseParty.Role> roleChoice(AdversePartyForm form) {
        ComboBox<AdverseParty.Role> role = new ComboBox<>();
        role.getItems().setAll(AdverseParty.Role.values());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(AdverseParty.Role value) {
                return value == null ? "" : form.roleLabel(value);
            }

            @Override
            public AdverseParty.Role fromString(String text) {
                return null;
            }
        });
        role.valueProperty().bindBidirectional(form.roleProperty());
        return role;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static void row(GridPane grid, int row, String caption, Node control) {
        Label label = new Label(caption);
        label.setLabelFor(control);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
    }

    Node root() {
        return root;
    }
}
