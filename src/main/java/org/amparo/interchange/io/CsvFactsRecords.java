package org.amparo.interchange.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.amparo.interchange.ImportProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Facts documents from a CSV file with the documented columns ({@link CsvColumns}): one row, one client. The header
 * must name only known columns (in any order, any subset); each row becomes a document validated like JSON input,
 * with problems reported by column name. Rows are bound and checked on a worker thread while the next rows are
 * read ({@link CheckAhead}).
 */
final class CsvFactsRecords implements FactsRecords {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final Utf8Reader source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final LocalDate today;
    private final DocumentCheck.Mode mode;
    private List<CsvColumn> header;
    private long linesBefore;
    private int row;
    private boolean finished;
    private final CheckAhead ahead = new CheckAhead(this::parseNext);

    CsvFactsRecords(Utf8Reader source, LocalDate today, DocumentCheck.Mode mode) throws IOException {
        this.source = source;
        this.today = today;
        this.mode = mode;
        this.parser = CSVParser.builder().setReader(source).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    @Override
    public FactsRecord next() throws UnreadableInputException {
        return ahead.next();
    }

    /** Reads the next row (on the calling thread) and returns its binding and check; null at the end. */
    private Callable<FactsRecord> parseNext() throws UnreadableInputException {
        if (finished) {
            return null;
        }
        try {
            if (header == null) {
                header = readHeader();
            }
            while (records.hasNext()) {
                int line = (int) linesBefore + 1;
                CSVRecord record = records.next();
                linesBefore = parser.getCurrentLineNumber();
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                int number = ++row;
                List<CsvColumn> columns = header;
                return () -> toRecord(columns, cells, number, line);
            }
            finished = true;
            return null;
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (IllegalStateException e) {
            throw unreadable(e.getCause() instanceof IOException io ? io : new IOException(e.getMessage()));
        }
    }

    private List<CsvColumn> readHeader() throws UnreadableInputException {
        if (!records.hasNext()) {
            throw fail(0, 0, null, "the file is empty: expected a header row naming the columns (see facts-csv.md)");
        }
        CSVRecord first = records.next();
        linesBefore = parser.getCurrentLineNumber();
        List<CsvColumn> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : first) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            CsvColumn column = CsvColumns.standard().byName(name);
            if (column == null) {
                unknown.add(name.isEmpty() ? "(blank)" : name);
            } else if (!seen.add(name)) {
                throw fail(0, 1, name, "the column " + name + " appears twice in the header");
            }
            columns.add(column);
        }
        if (!unknown.isEmpty()) {
            throw fail(0, 1, unknown.get(0), "unknown column" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown.subList(0, Math.min(unknown.size(), 10)))
                    + (unknown.size() > 10 ? " and " + (unknown.size() - 10) + " more" : "")
                    + " (facts-csv.md lists the columns)");
        }
        return columns;
    }

    private FactsRecord toRecord(List<CsvColumn> columns, List<String> cells, int number, int line) {
        if (cells.size() != columns.size()) {
            return new FactsRecord(number, line, null, List.of(new ImportProblem(number, line, null,
                    "has " + cells.size() + " cells; the header has " + columns.size())));
        }
        CsvRowBinder.Bound bound = CsvRowBinder.bind(columns, cells, number, line);
        return DocumentCheck.check(number, line, bound.tree(), today, mode, bound::where, bound.problems());
    }

    private UnreadableInputException unreadable(Throwable cause) {
        if (cause instanceof Utf8Reader.MalformedUtf8Exception bad) {
            return fail(0, bad.line(), null, bad.getMessage() + "; the file must be UTF-8");
        }
        String message = cause == null || cause.getMessage() == null ? "cannot be read" : cause.getMessage();
        if (message.contains("EOF reached before encapsulated token finished")) {
            return fail(row + 1, (int) linesBefore + 1, null,
                    "a quoted cell is never closed: a \" opens a cell that runs to the end of the file");
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return fail(row + 1, (int) linesBefore + 1, null,
                    "text after a closing quote: a quoted cell must end at a comma or the end of the line");
        }
        return fail(row + 1, (int) linesBefore + 1, null, "not valid CSV: " + message);
    }

    private UnreadableInputException fail(int atRow, int line, String column, String reason) {
        finished = true;
        return new UnreadableInputException(new ImportProblem(atRow, line, column, reason));
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void close() throws IOException {
        ahead.close();
        parser.close();
        source.close();
    }
}
