package org.amparo.interchange.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.amparo.facts.FactsJson;
import org.amparo.interchange.ImportProblem;
import org.amparo.screening.FactsReader;

/**
 * Facts documents from JSON: one object, an array of objects, or JSON Lines (told apart by the first token), parsed
 * one document at a time with Jackson's streaming parser and each validated by {@link FactsReader#readTree} on a
 * worker thread while the next documents are parsed ({@link CheckAhead}).
 */
final class JsonFactsRecords implements FactsRecords {

    private static final String OBJECT = "json", ARRAY = "json_array", LINES = "json_lines";

    private final Utf8Reader source;
    private final JsonParser parser;
    private final ObjectMapper mapper = FactsJson.mapper();
    private final LocalDate today;
    private final DocumentCheck.Mode mode;
    private final CheckAhead ahead = new CheckAhead(this::parseNext);
    private String format = OBJECT;
    private boolean started;
    private boolean finished;
    private int row;

    JsonFactsRecords(Utf8Reader source, LocalDate today, DocumentCheck.Mode mode) throws IOException {
        this.source = source;
        this.today = today;
        this.mode = mode;
        this.parser = mapper.getFactory().createParser(source);
        parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    public FactsRecord next() throws UnreadableInputException {
        return ahead.next();
    }

    /** Parses the next document (on the calling thread) and returns its check; null at the end. */
    private Callable<FactsRecord> parseNext() throws UnreadableInputException {
        if (finished) {
            return null;
        }
        try {
            JsonToken token = advance();
            if (token == null) {
                finished = true;
                return null;
            }
            int line = parser.currentTokenLocation().getLineNr();
            int number = ++row;
            JsonNode node = mapper.readTree(parser);
            if (!ARRAY.equals(format) && row > 1) {
                format = LINES;
            }
            return () -> validate(number, line, node);
        } catch (Utf8Reader.MalformedUtf8Exception e) {
            finished = true;
            throw new UnreadableInputException(new ImportProblem(0, e.line(), null,
                    e.getMessage() + "; the file must be UTF-8"));
        } catch (JsonEOFException e) {
            throw unreadable("the JSON ends in the middle of a document" + at(e.getLocation())
                    + ": the file looks truncated");
        } catch (StreamConstraintsException e) {
            throw unreadable("the JSON is nested too deeply or holds a value too long to be facts" + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw unreadable("not valid JSON" + at(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw unreadable("cannot read the file: " + e.getMessage());
        }
    }

    /** Moves to the start of the next document; null at the end. */
    private JsonToken advance() throws IOException {
        JsonToken token = parser.nextToken();
        if (!started) {
            started = true;
            if (token == JsonToken.START_ARRAY) {
                format = ARRAY;
                token = parser.nextToken();
            }
        }
        if (ARRAY.equals(format) && token == JsonToken.END_ARRAY) {
            if (parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser,
                        "unexpected text after the closing ] of the array");
            }
            return null;
        }
        if (token == null && ARRAY.equals(format)) {
            throw new JsonEOFException(parser, null, "the array is not closed");
        }
        return token;
    }

    private FactsRecord validate(int number, int line, JsonNode node) {
        return DocumentCheck.check(number, line, node, today, mode, path -> path, List.of());
    }

    private UnreadableInputException unreadable(String reason) {
        finished = true;
        int line = parser.currentLocation().getLineNr();
        return new UnreadableInputException(new ImportProblem(Math.max(row, 1), Math.max(line, 0), null, reason));
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int cut = message.indexOf(" (start marker at");
        String text = cut > 0 ? message.substring(0, cut) : message;
        return text.lines().findFirst().orElse("malformed");
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public void close() throws IOException {
        ahead.close();
        parser.close();
        source.close();
    }
}
