package org.amparo.cases.ui;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.facts.FactsJson;
import org.amparo.platform.i18n.Messages;

/**
 * The case view's "Extensions": the free-form {@code extensions} object of her facts as name → JSON value rows.
 * Every row is checked as it is typed (a name, once; a value that parses as JSON, else the line and column of the
 * mistake); only when all rows are valid are they written into the facts tree. Saved as the {@code EXTENSIONS}
 * section with its version.
 */
public final class ExtensionsForm {

    /** One extension: its name, its value as JSON text, and what is wrong with it (empty when nothing). */
    public static final class Row {
        private final StringProperty key = new SimpleStringProperty("");
        private final StringProperty json = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

        public StringProperty keyProperty() {
            return key;
        }

        public StringProperty jsonProperty() {
            return json;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }
    }

    static final String KEY = "extensions";

    private final ObjectNode tree;
    private final Messages messages;
    private final Runnable onChange;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    ExtensionsForm(ObjectNode tree, Messages messages, Runnable onChange) {
        this.tree = tree;
        this.messages = messages;
        this.onChange = onChange;
        JsonNode stored = tree.get(KEY);
        if (stored != null && stored.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = stored.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Row row = watched(new Row());
                row.key.set(e.getKey());
                row.json.set(e.getValue().toString());
                rows.add(row);
            }
        }
    }

    private Row watched(Row row) {
        row.key.addListener((obs, old, now) -> changed());
        row.json.addListener((obs, old, now) -> changed());
        return row;
    }

    /** A new empty row (not valid until it has a name and a value). */
    public Row add() {
        Row row = watched(new Row());
        rows.add(row);
        changed();
        return row;
    }

    public void remove(Row row) {
        if (rows.remove(row)) {
            changed();
        }
    }

    private void changed() {
        ObjectNode object = FactsJson.mapper().createObjectNode();
        Set<String> names = new HashSet<>();
        boolean allValid = true;
        for (Row row : rows) {
            String name = row.key.get() == null ? "" : row.key.get().strip();
            String problem = "";
            JsonNode value = null;
            if (name.isEmpty()) {
                problem = messages.get("extensions.keyMissing");
            } else if (!names.add(name)) {
                problem = messages.get("extensions.keyTwice", name);
            } else if (row.json.get() == null || row.json.get().isBlank()) {
                problem = messages.get("extensions.valueMissing");
            } else {
                try {
                    value = parse(row.json.get());
                } catch (JsonProcessingException e) {
                    problem = e.getLocation() == null ? messages.get("extensions.badJson", 1, 1)
                            : messages.get("extensions.badJson", e.getLocation().getLineNr(),
                            e.getLocation().getColumnNr());
                }
            }
            row.error.set(problem);
            if (problem.isEmpty()) {
                object.set(name, value);
            } else {
                allValid = false;
            }
        }
        valid.set(allValid);
        if (allValid) {
            if (object.isEmpty()) {
                tree.remove(KEY);
            } else {
                tree.set(KEY, object);
            }
        }
        onChange.run();
    }

    /** One JSON value and nothing after it. */
    static JsonNode parse(String text) throws JsonProcessingException {
        try (JsonParser parser = FactsJson.mapper().createParser(text)) {
            JsonNode value = FactsJson.mapper().readTree(parser);
            if (parser.nextToken() != null) {
                throw new JsonProcessingException("more than one JSON value", parser.currentLocation()) { };
            }
            return value;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObservableList<Row> rows() {
        return readOnlyRows;
    }

    /** Whether every row has a name (used once) and a JSON value. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
