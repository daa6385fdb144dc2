package org.amparo.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.amparo.facts.FactsJson;

/**
 * One of the bundled JSON Schemas ({@code resources/schema/}), loaded once, with format assertions on (so an
 * impossible date such as {@code 2025-02-30} fails), reporting problems as {@code JSON path: what was expected}.
 * Thread-safe.
 */
public final class DocumentSchema {

    private static final DocumentSchema FACTS = load("/schema/amparo-facts-1.schema.json");
    private static final DocumentSchema SCREENING = load("/schema/amparo-screening-1.schema.json");

    private final JsonSchema schema;

    private DocumentSchema(JsonSchema schema) {
        this.schema = schema;
    }

    /** The {@code amparo-facts/1} schema. */
    public static DocumentSchema facts() {
        return FACTS;
    }

    /** The {@code amparo-screening/1} schema. */
    public static DocumentSchema screening() {
        return SCREENING;
    }

    /** Every problem in {@code document}, sorted by path; empty when it conforms. */
    public List<SchemaProblem> validate(JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        Set<SchemaProblem> problems = new TreeSet<>();
        for (ValidationMessage m : messages) {
            problems.add(describe(m));
        }
        return new ArrayList<>(problems);
    }

    private static DocumentSchema load(String resource) {
        try (InputStream in = DocumentSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema not on the class path: " + resource);
            }
            JsonNode node = FactsJson.mapper().readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_PATH)
                    .build();
            return new DocumentSchema(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(node, config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }

    static SchemaProblem describe(ValidationMessage m) {
        String at = m.getInstanceLocation().toString();
        JsonNode value = m.getInstanceNode();
        JsonNode rule = m.getSchemaNode();
        return switch (m.getType()) {
            case "additionalProperties" -> new SchemaProblem(child(at, m.getProperty()), "unknown field");
            case "required" -> new SchemaProblem(child(at, m.getProperty()), "required field is missing");
            case "enum" -> new SchemaProblem(at, "must be one of " + allowed(rule) + found(value));
            case "const" -> new SchemaProblem(at, "must be " + rule + found(value));
            case "format" -> new SchemaProblem(at, "must be a real date written YYYY-MM-DD" + found(value));
            case "type" -> new SchemaProblem(at, "must be " + types(rule) + ", not " + kind(value));
            case "pattern" -> new SchemaProblem(at, "must match " + rule.asText() + found(value));
            case "minimum" -> new SchemaProblem(at, "must be at least " + rule.asText() + found(value));
            case "maximum" -> new SchemaProblem(at, "must be at most " + rule.asText() + found(value));
            case "minLength" -> new SchemaProblem(at, "must not be empty");
            case "propertyNames" -> new SchemaProblem(at, "every key must be a JSON path starting with $ ("
                    + stripPath(m.getMessage(), at) + ")");
            case "uniqueItems" -> new SchemaProblem(at, "must not list the same value twice");
            default -> new SchemaProblem(at, stripPath(m.getMessage(), at));
        };
    }

    private static String child(String parent, String property) {
        if (property == null) {
            return parent;
        }
        return property.matches("[A-Za-z_][A-Za-z0-9_]*")
                ? parent + "." + property
                : parent + "['" + property.replace("'", "\\'") + "']";
    }

    private static String allowed(JsonNode enumNode) {
        if (enumNode == null || !enumNode.isArray()) {
            return "the allowed values";
        }
        return StreamSupport.stream(enumNode.spliterator(), false)
                .filter(v -> !v.isNull())
                .map(JsonNode::asText)
                .collect(Collectors.joining(", "));
    }

    private static String types(JsonNode typeNode) {
        if (typeNode == null) {
            return "of another type";
        }
        if (!typeNode.isArray()) {
            return article(typeNode.asText());
        }
        return StreamSupport.stream(typeNode.spliterator(), false)
                .map(JsonNode::asText)
                .map(DocumentSchema::article)
                .collect(Collectors.joining(" or "));
    }

    private static String article(String type) {
        return switch (type) {
            case "null" -> "null";
            case "object", "array", "integer" -> "an " + type;
            default -> "a " + type;
        };
    }

    private static String kind(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "missing";
        }
        return switch (value.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string " + value;
            case NUMBER -> (value.isIntegralNumber() ? "the integer " : "the number ") + value;
            case BOOLEAN -> "the boolean " + value;
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String found(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isContainerNode()) {
            return "";
        }
        String shown = value.toString();
        return " (found " + (shown.length() > 60 ? shown.substring(0, 57) + "..." : shown) + ")";
    }

    private static String stripPath(String message, String at) {
        return message.startsWith(at + ": ") ? message.substring(at.length() + 2) : message;
    }
}
