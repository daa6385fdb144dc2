package org.amparo.interchange.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes facts documents as rows of the documented CSV (every column, in {@link CsvColumns} order), escaping cells
 * that a spreadsheet would run as a formula. Counts list items beyond the CSV's numbered groups.
 */
public final class CsvFactsWriter implements AutoCloseable {

    private final CSVPrinter printer;
    private final List<CsvColumn> columns = CsvColumns.standard().all();
    private int itemsLeftOut;

    public CsvFactsWriter(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord(columns.stream().map(CsvColumn::name).toList());
    }

    /** Writes one document (as its JSON tree). */
    public void write(JsonNode document) throws IOException {
        List<String> cells = new ArrayList<>(columns.size());
        for (CsvColumn column : columns) {
            cells.add(CsvEscaping.escape(cell(at(document, column.path()))));
        }
        printer.printRecord(cells);
        itemsLeftOut += countLeftOut(document);
    }

    /** List items that had no numbered columns left, so far. */
    public int itemsLeftOut() {
        return itemsLeftOut;
    }

    private static JsonNode at(JsonNode node, List<Object> path) {
        JsonNode current = node;
        for (Object segment : path) {
            if (current == null || current.isNull()) {
                return null;
            }
            current = segment instanceof Integer group ? current.get(group - 1) : current.get((String) segment);
        }
        return current;
    }

    private static String cell(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return String.join(";", items);
        }
        return value.asText();
    }

    private static int countLeftOut(JsonNode document) {
        int lost = 0;
        for (var group : CsvColumns.GROUPS.entrySet()) {
            List<Object> path = new ArrayList<>();
            for (String key : group.getKey().substring(2).split("\\.")) {
                path.add(key);
            }
            JsonNode list = at(document, path);
            if (list != null && list.isArray() && list.size() > group.getValue().count()) {
                lost += list.size() - group.getValue().count();
            }
        }
        return lost;
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
