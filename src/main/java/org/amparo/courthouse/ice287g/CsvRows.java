package org.amparo.courthouse.ice287g;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a UTF-8 CSV (comma-separated, RFC 4180 quoting) into raw rows; empty lines are kept as blank rows. */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();

    private CsvRows() {
    }

    static List<RawRow> read(InputStream in) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                rows.add(new RawRow(row, new ArrayList<>(record.toList())));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Ice287gFormatException("The file could not be read as CSV (" + e.getMessage() + ").", e);
        }
    }
}
