package org.amparo.screening;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amparo.facts.FactsDocument;
import org.amparo.facts.FactsJson;

/**
 * Reads {@code amparo-facts/1} documents from a file or a stream: one JSON object, a JSON array of objects, or JSON
 * Lines. Each document is validated against the bundled schema ({@link DocumentSchema#facts()}) before it is bound
 * with {@link FactsJson#mapper()}, so every rejection names a JSON path and what was expected. Malformed or truncated
 * JSON is reported with its line and column; input over the size limit is refused before it is parsed.
 * Stateless and thread-safe.
 */
public final class FactsReader {

    /** Default size limit: 50 MB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final long maxBytes;

    public FactsReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public FactsReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Reads a file; a missing, unreadable or over-size file is a problem, not an exception. Messages do not repeat the
     * file name: the caller prefixes it.
     */
    public FactsInput read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return failed("no such file");
            }
            if (Files.size(file) > maxBytes) {
                return failed("the file is " + megabytes(Files.size(file)) + "; the limit is " + megabytes(maxBytes));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (IOException e) {
            return failed("cannot read the file: " + e.getMessage());
        }
    }

    /** Reads a stream to its end (at most the size limit); the caller closes it. */
    public FactsInput read(InputStream in) {
        byte[] content;
        try {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            return failed("cannot read the input: " + e.getMessage());
        }
        if (content.length > maxBytes) {
            return failed("the input is larger than " + megabytes(maxBytes) + ", the limit");
        }
        return parse(content);
    }

    /** Reads JSON text already in memory. */
    public FactsInput read(String json) {
        return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private FactsInput parse(byte[] content) {
        ObjectMapper mapper = FactsJson.mapper();
        List<Root> roots = new ArrayList<>();
        FactsInput.Shape shape;
        try (JsonParser parser = mapper.createParser(content)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return failed("the input is empty: expected a facts document (a JSON object), an array of them, "
                        + "or JSON Lines");
            }
            if (first == JsonToken.START_ARRAY) {
                shape = FactsInput.Shape.ARRAY;
                readArray(parser, mapper, roots);
            } else {
                roots.add(new Root(lineOf(parser), mapper.readTree(parser)));
                readMore(parser, mapper, roots);
                shape = roots.size() > 1 ? FactsInput.Shape.JSON_LINES : FactsInput.Shape.OBJECT;
            }
        } catch (JsonProcessingException e) {
            return failed(notJson(e));
        } catch (IOException e) {
            return failed("cannot read the input: " + e.getMessage());
        }
        return bindAll(shape, roots);
    }

    private static void readArray(JsonParser parser, ObjectMapper mapper, List<Root> roots) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            roots.add(new Root(lineOf(parser), mapper.readTree(parser)));
        }
        if (parser.nextToken() != null) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser,
                    "unexpected text after the closing ] of the array");
        }
    }

    private static void readMore(JsonParser parser, ObjectMapper mapper, List<Root> roots) throws IOException {
        while (parser.nextToken() != null) {
            roots.add(new Root(lineOf(parser), mapper.readTree(parser)));
        }
    }

    private static FactsInput bindAll(FactsInput.Shape shape, List<Root> roots) {
        List<FactsDocument> documents = new ArrayList<>(roots.size());
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            Root root = roots.get(i);
            List<InputProblem> found = check(i, root);
            if (found.isEmpty()) {
                bind(i, root, documents, problems);
            } else {
                problems.addAll(found);
            }
        }
        return new FactsInput(shape, documents, problems);
    }

    /**
     * Validates and binds one document already parsed by the caller (a streaming reader that reads a document at a
     * time): the same schema check and binding as {@link #read(InputStream)}, reported as document 0 at {@code line}.
     */
    public static FactsInput readTree(int line, JsonNode node) {
        Root root = new Root(line, node);
        List<FactsDocument> documents = new ArrayList<>(1);
        List<InputProblem> problems = new ArrayList<>();
        List<InputProblem> found = check(0, root);
        if (found.isEmpty()) {
            bind(0, root, documents, problems);
        } else {
            problems.addAll(found);
        }
        return new FactsInput(FactsInput.Shape.OBJECT, documents, problems);
    }

    private static List<InputProblem> check(int index, Root root) {
        if (!root.node().isObject()) {
            return List.of(new InputProblem(index, root.line(), "$",
                    "must be a facts document (a JSON object), not " + root.node().getNodeType().name()
                            .toLowerCase(Locale.ROOT)));
        }
        List<InputProblem> found = new ArrayList<>();
        for (SchemaProblem p : DocumentSchema.facts().validate(root.node())) {
            found.add(new InputProblem(index, root.line(), p.path(), p.message()));
        }
        return found;
    }

    private static void bind(int index, Root root, List<FactsDocument> documents, List<InputProblem> problems) {
        try {
            documents.add(FactsJson.mapper().treeToValue(root.node(), FactsDocument.class));
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? "cannot be read" : e.getOriginalMessage().lines()
                    .findFirst().orElse("cannot be read");
            problems.add(new InputProblem(index, root.line(), bindPath(e), message));
        }
    }

    private static String bindPath(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException de)) {
            return "$";
        }
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : de.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String notJson(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
        int cut = message.indexOf(" (start marker at");
        message = (cut > 0 ? message.substring(0, cut) : message).lines().findFirst().orElse(message);
        var location = e.getLocation();
        String where = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr()
                + ": ";
        return "not valid JSON: " + where + message;
    }

    private static int lineOf(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return bytes + " bytes";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static FactsInput failed(String message) {
        return new FactsInput(FactsInput.Shape.OBJECT, List.of(), List.of(InputProblem.ofInput(0, message)));
    }

    private record Root(int line, JsonNode node) { }
}
