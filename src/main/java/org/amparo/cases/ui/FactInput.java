package org.amparo.cases.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.platform.i18n.Messages;

/**
 * The answer to one field at one concrete path ({@code $.family_members[1].dob}), as the editors bind it. Which
 * property an editor uses depends on the field's type: {@link #textProperty()} for text, dates, numbers and free
 * lists; {@link #choiceProperty()} for yes/no ({@code Boolean}) and single choices ({@code String});
 * {@link #itemsProperty()} for multiple choices. {@code null} is "Don't know" everywhere.
 */
public final class FactInput {

    private final FactField field;
    private final String path;
    private final Messages messages;
    private final FactDates dates;
    private final Supplier<LocalDate> today;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Object> choice = new SimpleObjectProperty<>();
    private final ObjectProperty<List<String>> items = new SimpleObjectProperty<>();
    private final BooleanProperty none = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private JsonNode value;
    private boolean loading;
    private Runnable onChange = () -> { };

    FactInput(FactField field, String path, Messages messages, FactDates dates, Supplier<LocalDate> today) {
        this.field = field;
        this.path = path;
        this.messages = messages;
        this.dates = dates;
        this.today = today;
        text.addListener((obs, old, now) -> changed());
        choice.addListener((obs, old, now) -> changed());
        items.addListener((obs, old, now) -> changed());
        none.addListener((obs, old, now) -> changed());
    }

    /** Shows a stored value without reporting a change. */
    void load(JsonNode stored) {
        loading = true;
        try {
            value = stored;
            switch (field.type()) {
                case BOOL -> choice.set(stored == null ? null : stored.asBoolean());
                case ENUM -> choice.set(stored == null ? null : stored.asText());
                case ENUM_LIST -> items.set(stored == null ? null : strings(stored));
                case TEXT_LIST -> {
                    none.set(stored != null && stored.isEmpty());
                    text.set(stored == null ? "" : String.join(", ", strings(stored)));
                }
                case DATE -> text.set(stored == null ? "" : dates.parse(stored.asText()).map(dates::format).orElse(""));
                default -> text.set(stored == null ? "" : stored.asText());
            }
            error.set("");
        } finally {
            loading = false;
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asText()));
        return List.copyOf(values);
    }

    private void changed() {
        if (loading) {
            return;
        }
        FactRules.Parsed parsed = parse();
        error.set(parsed.valid() ? "" : messages.get(parsed.errorKey()));
        value = parsed.valid() ? parsed.value() : null;
        onChange.run();
    }

    private FactRules.Parsed parse() {
        return switch (field.type()) {
            case BOOL -> FactRules.Parsed.ok(FactRules.bool((Boolean) choice.get()));
            case ENUM -> FactRules.Parsed.ok(FactRules.choice((String) choice.get()));
            case ENUM_LIST -> FactRules.Parsed.ok(FactRules.list(items.get()));
            case TEXT_LIST -> none.get() && text.get().isBlank() ? FactRules.Parsed.ok(FactRules.list(List.of()))
                    : FactRules.text(field, text.get(), today.get(), dates);
            default -> FactRules.text(field, text.get(), today.get(), dates);
        };
    }

    void onChange(Runnable action) {
        this.onChange = action;
    }

    /** The JSON value to store ({@code null} when unknown or when the input is not valid). */
    JsonNode value() {
        return value;
    }

    public boolean valid() {
        return error.get().isEmpty();
    }

    public FactField field() {
        return field;
    }

    public String path() {
        return path;
    }

    /** The label of a JSON value of this field (for choice lists). */
    public String valueLabel(String jsonValue) {
        return FactValues.labelKey(field.valueGroup(), jsonValue).map(messages::get).orElse(jsonValue);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Object> choiceProperty() {
        return choice;
    }

    public ObjectProperty<List<String>> itemsProperty() {
        return items;
    }

    public BooleanProperty noneProperty() {
        return none;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
