package org.amparo.cases.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.amparo.platform.i18n.Messages;

/**
 * Builds the editors of a {@link FactForm}: one control per answer, chosen by the field's type, with "Don't know"
 * kept apart from "No" and "None" everywhere. In the case view each field shows its short label (the question in a
 * tooltip); in the intake it shows the plain-language question. Keeps the control of each path for focus jumps.
 */
final class FactEditors {

    /** A choice shown in a combo box: a value ({@code null} = Don't know) and its words. */
    record Option(Object value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Messages messages;
    private final boolean questions;
    private final Map<String, Node> byPath = new HashMap<>();
    private final Map<String, Label> notes = new HashMap<>();

    /** @param questions true in the intake (questions as labels), false in the case view */
    FactEditors(Messages messages, boolean questions) {
        this.messages = messages;
        this.questions = questions;
    }

    /** The node id of a path's editor, for tests and styling: {@code $.u.crimes[0].date} → {@code fact_u_crimes_0__date}. */
    static String idFor(String path) {
        return "fact_" + path.substring(2).replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** The editor control for a concrete path, or for a list's path. */
    Node nodeFor(String path) {
        return byPath.get(path);
    }

    /** Updates the notes under list items (family members' derivative status), by ref. */
    void showNotes(Map<String, String> byRef) {
        notes.forEach((ref, label) -> label.setText(byRef.getOrDefault(ref, "")));
    }

    private void register(String path, Node control) {
        control.setId(idFor(path));
        byPath.put(path, control);
    }

    Node build(FactForm form) {
        VBox box = new VBox(12);
        for (FactInput input : form.inputs()) {
            box.getChildren().add(row(input));
        }
        for (FactList list : form.lists()) {
            box.getChildren().add(list(list));
        }
        return box;
    }

    private String caption(FactField field) {
        return questions && field.questionKey() != null ? messages.get(field.questionKey())
                : messages.get(field.labelKey());
    }

    private Node row(FactInput input) {
        Label label = new Label(caption(input.field()));
        label.setWrapText(true);
        label.getStyleClass().add("amp-fact-label");
        Node control = control(input);
        label.setLabelFor(control);
        if (!questions && input.field().questionKey() != null) {
            label.setTooltip(new Tooltip(messages.get(input.field().questionKey())));
        }
        Label error = new Label();
        error.getStyleClass().add("amp-field-error");
        error.textProperty().bind(input.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        register(input.path(), control instanceof HBox pair ? pair.getChildren().get(0) : control);
        return new VBox(4, label, control, error);
    }

    private Node control(FactInput input) {
        return switch (input.field().type()) {
            case BOOL -> choice(input, List.of(new Option(Boolean.TRUE, messages.get("factEdit.yes")),
                    new Option(Boolean.FALSE, messages.get("factEdit.no"))));
            case ENUM -> choice(input, input.field().values().stream()
                    .map(value -> new Option(value, input.valueLabel(value))).toList());
            case ENUM_LIST -> checks(input);
            case TEXT_LIST -> textList(input);
            default -> text(input);
        };
    }

    private Node choice(FactInput input, List<Option> values) {
        List<Option> options = new ArrayList<>();
        options.add(new Option(null, messages.get("factEdit.unknown")));
        options.addAll(values);
        ComboBox<Option> box = new ComboBox<>();
        box.getItems().setAll(options);
        box.getStyleClass().add("amp-fact-choice");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Option option) {
                return option == null ? messages.get("factEdit.unknown") : option.label();
            }

            @Override
            public Option fromString(String text) {
                return null;
            }
        });
        Function<Object, Option> find = value -> options.stream()
                .filter(o -> o.value() == null ? value == null : o.value().equals(value)).findFirst()
                .orElse(options.get(0));
        box.getSelectionModel().select(find.apply(input.choiceProperty().get()));
        box.valueProperty().addListener((obs, old, now) -> input.choiceProperty().set(now == null ? null
                : now.value()));
        input.choiceProperty().addListener((obs, old, now) -> {
            Option shown = find.apply(now);
            if (box.getValue() != shown) {
                box.getSelectionModel().select(shown);
            }
        });
        return box;
    }

    private Node checks(FactInput input) {
        CheckBox unknown = new CheckBox(messages.get("factEdit.unknown"));
        FlowPane pane = new FlowPane(12, 6, unknown);
        List<CheckBox> boxes = new ArrayList<>();
        for (String value : input.field().values()) {
            CheckBox box = new CheckBox(input.valueLabel(value));
            box.setUserData(value);
            boxes.add(box);
            pane.getChildren().add(box);
        }
        Runnable show = () -> {
            List<String> items = input.itemsProperty().get();
            unknown.setSelected(items == null);
            boxes.forEach(box -> {
                box.setSelected(items != null && items.contains((String) box.getUserData()));
                box.setDisable(items == null);
            });
        };
        show.run();
        unknown.setOnAction(event -> input.itemsProperty().set(unknown.isSelected() ? null : List.of()));
        boxes.forEach(box -> box.setOnAction(event -> input.itemsProperty().set(boxes.stream()
                .filter(CheckBox::isSelected).map(b -> (String) b.getUserData()).toList())));
        input.itemsProperty().addListener((obs, old, now) -> show.run());
        return pane;
    }

    private Node textList(FactInput input) {
        TextField field = (TextField) text(input);
        CheckBox none = new CheckBox(messages.get("factEdit.none"));
        none.selectedProperty().bindBidirectional(input.noneProperty());
        field.disableProperty().bind(none.selectedProperty());
        HBox box = new HBox(12, field, none);
        return box;
    }

    private Node text(FactInput input) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(input.textProperty());
        field.setPrefColumnCount(input.field().type() == FactType.TEXT ? 28 : 12);
        if (input.field().type() == FactType.DATE) {
            field.setPromptText(messages.get("factEdit.datePrompt"));
        }
        return field;
    }

    private Node list(FactList list) {
        Label label = new Label(caption(list.field()));
        label.setWrapText(true);
        label.getStyleClass().add("amp-fact-label");
        ComboBox<FactList.State> state = new ComboBox<>();
        state.getItems().setAll(FactList.State.values());
        state.setConverter(new StringConverter<>() {
            @Override
            public String toString(FactList.State value) {
                return value == null ? "" : messages.get(switch (value) {
                    case UNKNOWN -> "factEdit.listUnknown";
                    case NONE -> "factEdit.listNone";
                    case SOME -> "factEdit.listSome";
                });
            }

            @Override
            public FactList.State fromString(String text) {
                return null;
            }
        });
        state.setValue(list.stateProperty().get());
        state.valueProperty().addListener((obs, old, now) -> list.choose(now));
        list.stateProperty().addListener((obs, old, now) -> state.setValue(now));
        label.setLabelFor(state);
        register(list.field().path(), state);
        VBox items = new VBox(10);
        javafx.scene.control.Button add = new javafx.scene.control.Button(messages.get("factEdit.add"));
        add.getStyleClass().add("amp-list-add");
        add.setId(idFor(list.field().path()) + "_add");
        add.setOnAction(event -> list.add());
        Runnable render = () -> items.getChildren().setAll(list.items().stream().map(i -> item(list, i)).toList());
        list.items().addListener((ListChangeListener<FactList.Item>) change -> render.run());
        render.run();
        VBox box = new VBox(8, label, state, items, add);
        box.getStyleClass().add("amp-fact-list");
        return box;
    }

    private Node item(FactList list, FactList.Item item) {
        Label title = new Label(messages.get("factEdit.item", item.index() + 1));
        title.getStyleClass().add("title-4");
        VBox box = new VBox(8, title);
        if (!item.ref().isEmpty()) {
            Label note = new Label();
            note.getStyleClass().add("amp-derivative");
            notes.put(item.ref(), note);
            box.getChildren().add(note);
        }
        for (FactInput input : item.inputs()) {
            box.getChildren().add(row(input));
        }
        javafx.scene.control.Button remove = new javafx.scene.control.Button(messages.get("factEdit.remove"));
        remove.setOnAction(event -> list.remove(item));
        box.getChildren().add(remove);
        box.getStyleClass().add("amp-fact-item");
        return box;
    }
}
