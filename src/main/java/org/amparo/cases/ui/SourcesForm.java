package org.amparo.cases.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.amparo.cases.FactSection;
import org.amparo.facts.FactSource;
import org.amparo.platform.i18n.Messages;

/**
 * The case view's "Sources": where each fact came from ({@code facts_sources}: JSON path → client, advocate,
 * document, abuser, perpetrator, trafficker or agency), written straight into the facts tree. Saved as the
 * {@code SOURCES} section with its version, like any other section.
 */
public final class SourcesForm {

    /** One recorded source. */
    public record Entry(String path, FactSource source) { }

    /** A fact that can be given a source, with its label ("Section › Field"). */
    public record FactChoice(String path, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final String KEY = "facts_sources";

    private final ObjectNode tree;
    private final Messages messages;
    private final Runnable onChange;
    private final List<FactChoice> choices = new ArrayList<>();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    SourcesForm(ObjectNode tree, FactCatalogue catalogue, Messages messages, Function<FactSection, String> titles,
                Runnable onChange) {
        this.tree = tree;
        this.messages = messages;
        this.onChange = onChange;
        for (FactField field : catalogue.all()) {
            if (!field.inListItem() && field.labelKey() != null) {
                choices.add(new FactChoice(field.path(), titles.apply(field.section()) + " › "
                        + messages.get(field.labelKey())));
            }
        }
        JsonNode stored = tree.get(KEY);
        if (stored != null && stored.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = stored.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                sourceNamed(e.getValue().asText()).ifPresent(s -> entries.add(new Entry(e.getKey(), s)));
            }
        }
    }

    private static Optional<FactSource> sourceNamed(String name) {
        try {
            return Optional.of(FactSource.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Records (or changes) where a fact came from; says so when no fact or source is chosen. */
    public void set(String path, FactSource source) {
        if (path == null || path.isBlank() || source == null) {
            error.set(messages.get("sources.pickFact"));
            return;
        }
        error.set("");
        Entry entry = new Entry(path, source);
        int at = indexOf(path);
        if (at < 0) {
            entries.add(entry);
        } else {
            entries.set(at, entry);
        }
        write();
    }

    public void remove(String path) {
        int at = indexOf(path);
        if (at >= 0) {
            entries.remove(at);
            write();
        }
    }

    private int indexOf(String path) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private void write() {
        if (entries.isEmpty()) {
            tree.remove(KEY);
        } else {
            ObjectNode map = tree.putObject(KEY);
            entries.forEach(e -> map.put(e.path(), e.source().name()));
        }
        onChange.run();
    }

    public Optional<FactSource> sourceOf(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).map(Entry::source).findFirst();
    }

    /** A fact's label, or its path when the catalogue does not name it. */
    public String label(String path) {
        return choices.stream().filter(c -> c.path().equals(FactCatalogue.patternOf(path))).findFirst()
                .map(c -> path.equals(c.path()) ? c.label() : c.label() + " (" + path + ")").orElse(path);
    }

    /** A source in words; 1367's adverse-party sources say so. */
    public String sourceLabel(FactSource source) {
        return messages.get(switch (source) {
            case client -> "sources.kind.client";
            case advocate -> "sources.kind.advocate";
            case document -> "sources.kind.document";
            case abuser -> "sources.kind.abuser";
            case perpetrator -> "sources.kind.perpetrator";
            case trafficker -> "sources.kind.trafficker";
            case agency -> "sources.kind.agency";
        });
    }

    public List<FactChoice> choices() {
        return List.copyOf(choices);
    }

    public ObservableList<Entry> entries() {
        return readOnlyEntries;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
