package org.amparo.cases.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.amparo.facts.FactSource;

/**
 * The "Sources" tab: each recorded fact with a source chooser (changing it records the new source) and Remove, then
 * a fact chooser, a source chooser and "Add source". Everything is reachable with Tab; Alt+A adds.
 */
final class SourcesPane {

    private final SourcesForm form;
    private final VBox list = new VBox(6);
    private final VBox root;
    private final Map<String, ComboBox<FactSource>> shown = new HashMap<>();
    private final ListChangeListener<SourcesForm.Entry> onEntries = this::entriesChanged;

    SourcesPane(SourcesForm form, Node saveBar) {
        this.form = form;
        Label intro = new Label(form.messages().get("sources.intro"));
        intro.setWrapText(true);
        ComboBox<SourcesForm.FactChoice> fact = new ComboBox<>();
        fact.setId("sourceFact");
        fact.getItems().setAll(form.choices());
        fact.setPromptText(form.messages().get("sources.fact"));
        fact.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(fact, Priority.ALWAYS);
        ComboBox<FactSource> source = sourceChooser();
        source.setId("sourceKind");
        source.setPromptText(form.messages().get("sources.source"));
        Button add = new Button(form.messages().get("sources.add"));
        add.setId("addSource");
        add.setMnemonicParsing(true);
        add.setOnAction(event -> form.set(fact.getValue() == null ? null : fact.getValue().path(),
                source.getValue()));
        Label error = new Label();
        error.getStyleClass().add("amp-field-error");
        error.setWrapText(true);
        error.textProperty().bind(form.errorProperty());
        HBox adding = new HBox(8, fact, source, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(12, intro, list, adding, error, saveBar);
        root.setPadding(new Insets(14));
        form.entries().addListener(onEntries);
        fill();
    }

    private ComboBox<FactSource> sourceChooser() {
        ComboBox<FactSource> chooser = new ComboBox<>();
        chooser.getItems().setAll(FactSource.values());
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(FactSource value) {
                return value == null ? "" : form.sourceLabel(value);
            }

            @Override
            public FactSource fromString(String text) {
                return null;
            }
        });
        return chooser;
    }

    /** A changed source keeps its row (and the keyboard focus); an added or removed one rebuilds the list. */
    private void entriesChanged(ListChangeListener.Change<? extends SourcesForm.Entry> change) {
        boolean onlyReplaced = true;
        while (change.next()) {
            onlyReplaced &= change.wasReplaced();
        }
        if (onlyReplaced) {
            form.entries().forEach(e -> {
                ComboBox<FactSource> choice = shown.get(e.path());
                if (choice != null) {
                    choice.setValue(e.source());
                }
            });
        } else {
            fill();
        }
    }

    private void fill() {
        list.getChildren().clear();
        shown.clear();
        if (form.entries().isEmpty()) {
            list.getChildren().add(new Label(form.messages().get("sources.none")));
            return;
        }
        for (SourcesForm.Entry entry : form.entries()) {
            Label fact = new Label(form.label(entry.path()));
            fact.setWrapText(true);
            fact.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(fact, Priority.ALWAYS);
            ComboBox<FactSource> source = sourceChooser();
            source.setValue(entry.source());
            source.setUserData(entry.path());
            source.getStyleClass().add("amp-source-choice");
            shown.put(entry.path(), source);
            source.setAccessibleText(form.label(entry.path()));
            source.valueProperty().addListener((obs, old, now) -> {
                if (now != null && now != old) {
                    form.set(entry.path(), now);
                }
            });
            Button remove = new Button(form.messages().get("sources.remove"));
            remove.setAccessibleText(form.messages().get("sources.remove") + " " + form.label(entry.path()));
            remove.setOnAction(event -> form.remove(entry.path()));
            HBox row = new HBox(8, fact, source, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(row);
        }
    }

    Node root() {
        return root;
    }

    void dispose() {
        form.entries().removeListener(onEntries);
    }
}
