package org.amparo.cases.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Pure rules that turn what was typed or chosen into a JSON value, or name what is wrong. Blank is always allowed
 * and means unknown.
 */
final class FactRules {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** A value ({@code null} = unknown) or the message key of what is wrong with the input. */
    record Parsed(JsonNode value, String errorKey) {
        static Parsed ok(JsonNode value) {
            return new Parsed(value, null);
        }

        static Parsed error(String key) {
            return new Parsed(null, key);
        }

        boolean valid() {
            return errorKey == null;
        }
    }

    private FactRules() {
    }

    static Parsed text(FactField field, String text, LocalDate today, FactDates dates) {
        if (text == null || text.isBlank()) {
            return Parsed.ok(null);
        }
        return switch (field.type()) {
            case DATE -> date(field.rule(), text, today, dates);
            case INTEGER -> integer(text, field.min(), field.max());
            case TEXT_LIST -> Parsed.ok(list(tokens(text)));
            default -> field.rule() == FactRule.STATE ? state(text) : Parsed.ok(TextNode.valueOf(text.strip()));
        };
    }

    static Parsed date(FactRule rule, String text, LocalDate today, FactDates dates) {
        Optional<LocalDate> parsed = dates.parse(text);
        if (parsed.isEmpty()) {
            return Parsed.error("factEdit.error.date");
        }
        LocalDate date = parsed.get();
        if (rule == FactRule.BIRTH && date.isAfter(today)) {
            return Parsed.error("factEdit.error.bornInFuture");
        }
        if (rule == FactRule.BIRTH && date.isBefore(EARLIEST_BIRTH)) {
            return Parsed.error("factEdit.error.tooEarly");
        }
        if (rule == FactRule.PAST && date.isAfter(today)) {
            return Parsed.error("factEdit.error.future");
        }
        return Parsed.ok(TextNode.valueOf(date.toString()));
    }

    static Parsed integer(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            return value < min || value > max ? Parsed.error("factEdit.error.range") : Parsed.ok(IntNode.valueOf(value));
        } catch (NumberFormatException e) {
            return Parsed.error("factEdit.error.range");
        }
    }

    static Parsed state(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        return code.matches("[A-Z]{2}") ? Parsed.ok(TextNode.valueOf(code)) : Parsed.error("factEdit.error.state");
    }

    static JsonNode bool(Boolean value) {
        return value == null ? null : BooleanNode.valueOf(value);
    }

    static JsonNode choice(String value) {
        return value == null || value.isEmpty() ? null : TextNode.valueOf(value);
    }

    static JsonNode list(List<String> values) {
        if (values == null) {
            return null;
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }

    static List<String> tokens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
