package org.amparo.cases.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list of records in the facts (family members, crimes, convictions, court dates…): "Don't know", "None", or its
 * items, each with its own inputs. Items that have a {@code ref} get one when they are added ({@code fm-1}).
 */
public final class FactList {

    /** Whether the list is unknown, known to be empty, or has items. */
    public enum State { UNKNOWN, NONE, SOME }

    /** One item of the list, its ref (empty where the list has none) and its inputs. */
    public record Item(int index, String ref, List<FactInput> inputs) { }

    private final FactField field;
    private final ObjectNode root;
    private final Function<String, FactInput> inputAt;
    private final List<FactField> itemFields;
    private final Runnable onChange;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.UNKNOWN);
    private final ObservableList<Item> items = FXCollections.observableArrayList();

    FactList(FactField field, List<FactField> itemFields, ObjectNode root, Function<String, FactInput> inputAt,
             Runnable onChange) {
        this.field = field;
        this.itemFields = List.copyOf(itemFields);
        this.root = root;
        this.inputAt = inputAt;
        this.onChange = onChange;
        rebuild();
    }

    private void rebuild() {
        JsonNode array = FactsTree.get(root, field.path());
        state.set(array == null ? State.UNKNOWN : array.isEmpty() ? State.NONE : State.SOME);
        List<Item> built = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            String itemPath = field.path() + "[" + i + "]";
            List<FactInput> inputs = new ArrayList<>();
            for (FactField itemField : itemFields) {
                if (itemField.type() != FactType.REF) {
                    inputs.add(inputAt.apply(itemPath + "." + itemField.itemKey()));
                }
            }
            JsonNode ref = array.get(i).get("ref");
            built.add(new Item(i, ref == null || ref.isNull() ? "" : ref.asText(), List.copyOf(inputs)));
        }
        items.setAll(built);
    }

    /** The person's answer to "are there any?": unknown or none clears the items; some adds a first one. */
    public void choose(State chosen) {
        if (chosen == null || chosen == state.get()) {
            return;
        }
        switch (chosen) {
            case UNKNOWN -> FactsTree.set(root, field.path(), null);
            case NONE -> FactsTree.set(root, field.path(), JsonNodeFactory.instance.arrayNode());
            case SOME -> {
                add();
                return;
            }
        }
        rebuild();
        onChange.run();
    }

    /** Adds an empty item (with a new ref where the list has refs). */
    public void add() {
        JsonNode existing = FactsTree.get(root, field.path());
        ArrayNode array = existing instanceof ArrayNode a ? a : JsonNodeFactory.instance.arrayNode();
        ObjectNode item = array.addObject();
        if (itemFields.stream().anyMatch(f -> f.type() == FactType.REF)) {
            item.put("ref", nextRef(array));
        }
        FactsTree.set(root, field.path(), array);
        rebuild();
        onChange.run();
    }

    public void remove(Item item) {
        JsonNode existing = FactsTree.get(root, field.path());
        if (existing instanceof ArrayNode array && item.index() < array.size()) {
            array.remove(item.index());
            rebuild();
            onChange.run();
        }
    }

    private String nextRef(ArrayNode array) {
        String prefix = switch (field.path()) {
            case "$.family_members" -> "fm-";
            case "$.court_events" -> "ce-";
            default -> "ic-";
        };
        int next = 1;
        for (JsonNode item : array) {
            String ref = item.path("ref").asText("");
            if (ref.startsWith(prefix) && ref.substring(prefix.length()).matches("\\d+")) {
                next = Math.max(next, Integer.parseInt(ref.substring(prefix.length())) + 1);
            }
        }
        return prefix + next;
    }

    public FactField field() {
        return field;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<Item> items() {
        return items;
    }
}
