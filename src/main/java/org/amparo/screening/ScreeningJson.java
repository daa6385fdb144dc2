package org.amparo.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.List;
import org.amparo.facts.FactsJson;

/**
 * Writes {@code amparo-screening/1} documents as JSON with {@link FactsJson#mapper()} (snake_case names such as
 * {@code in_force_on_as_of}, {@code protected_1367}, {@code file_by}; ISO dates; nulls written out).
 */
public final class ScreeningJson {

    private static final ObjectWriter PRETTY = FactsJson.mapper().writerWithDefaultPrettyPrinter();

    private ScreeningJson() {
    }

    /** One document, pretty-printed. */
    public static String write(ScreeningDocument document) {
        return writeValue(document);
    }

    /** A JSON array of documents in the given order, pretty-printed. */
    public static String write(List<ScreeningDocument> documents) {
        return writeValue(documents);
    }

    /** The document as a JSON tree (for validation or further processing). */
    public static JsonNode toTree(ScreeningDocument document) {
        return FactsJson.mapper().valueToTree(document);
    }

    private static String writeValue(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a screening document", e);
        }
    }
}
