package org.amparo.courthouse.ice287g;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amparo.facts.CourtEvent.Model287g;

/**
 * Parses ICE's published 287(g) participating-agencies list (.xlsx, first sheet; or UTF-8 .csv) into an
 * {@link Ice287gSnapshot}. Pure apart from reading the given stream to its end; closing it stays with the caller.
 *
 * <p>The header row is found by its column names within the first {@value #HEADER_SEARCH_ROWS} rows (it need not
 * be row 1; columns may be reordered; unknown columns such as ADDENDUM are ignored). Blank rows are counted and
 * skipped. A row's problems (unreadable SIGNED date such as {@code 05/082025}, unknown SUPPORT TYPE or state)
 * become warnings carrying the sheet row number, and the agreement is kept with the unreadable value left null.
 * Only a file with no recognisable header (or that is not a spreadsheet) fails, with {@link Ice287gFormatException}.
 */
public final class Ice287gParser {

    static final int HEADER_SEARCH_ROWS = 30;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Set<String> NO_COUNTY = Set.of("#N/A", "N/A", "NA", "NONE", "-", "--");

    /**
     * Parses the stream. {@code fileNameHint} (may be null) picks the format by extension (.xlsx/.xlsm or .csv);
     * without a usable extension the first bytes decide.
     *
     * @throws Ice287gFormatException when the file is not a readable spreadsheet or has no recognisable header
     */
    public Ice287gSnapshot parse(InputStream in, String fileNameHint) {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
        List<RawRow> rows = isXlsx(buffered, fileNameHint) ? XlsxRows.read(buffered) : CsvRows.read(buffered);
        return parseRows(rows);
    }

    private static boolean isXlsx(BufferedInputStream in, String hint) {
        String name = hint == null ? "" : hint.toLowerCase(Locale.ROOT).trim();
        if (name.endsWith(".xls")) {
            throw new Ice287gFormatException("Old-style .xls workbooks are not supported: save the file as .xlsx "
                    + "or .csv and import it again.");
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        return sniffZip(in);
    }

    private static boolean sniffZip(BufferedInputStream in) {
        try {
            in.mark(8);
            byte[] head = in.readNBytes(4);
            in.reset();
            if (Arrays.equals(head, OLE_MAGIC)) {
                throw new Ice287gFormatException("Old-style .xls workbooks are not supported: save the file as "
                        + ".xlsx or .csv and import it again.");
            }
            return Arrays.equals(head, ZIP_MAGIC);
        } catch (IOException e) {
            throw new Ice287gFormatException("The file could not be read (" + e.getMessage() + ").", e);
        }
    }

    Ice287gSnapshot parseRows(List<RawRow> rows) {
        int headerIndex = -1;
        Map<Columns, Integer> columns = null;
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS) && columns == null; i++) {
            Optional<Map<Columns, Integer>> match = Columns.match(rows.get(i));
            if (match.isPresent()) {
                columns = match.get();
                headerIndex = i;
            }
        }
        if (columns == null) {
            throw new Ice287gFormatException("This does not look like ICE's 287(g) participating-agencies list: "
                    + "no header row with the columns " + Columns.requiredNames() + " was found in the first "
                    + HEADER_SEARCH_ROWS + " rows.");
        }
        return readAgreements(rows.subList(headerIndex + 1, rows.size()), columns);
    }

    private Ice287gSnapshot readAgreements(List<RawRow> dataRows, Map<Columns, Integer> columns) {
        List<Agreement287g> agreements = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        int blank = 0;
        for (RawRow row : dataRows) {
            if (row.blank()) {
                blank++;
            } else {
                new RowReader(row, columns, warnings).read().ifPresent(agreements::add);
            }
        }
        return summarise(agreements, dataRows.size(), blank, warnings);
    }

    private static Ice287gSnapshot summarise(List<Agreement287g> agreements, int rowsRead, int blank,
                                             List<ImportWarning> warnings) {
        Map<Model287g, Integer> byModel = new EnumMap<>(Model287g.class);
        for (Model287g model : Model287g.values()) {
            byModel.put(model, 0);
        }
        Set<String> states = new HashSet<>();
        Set<String> counties = new HashSet<>();
        for (Agreement287g agreement : agreements) {
            if (agreement.model() != null) {
                byModel.merge(agreement.model(), 1, Integer::sum);
            }
            states.add(agreement.state().toUpperCase(Locale.ROOT));
            if (!agreement.countyBlank()) {
                counties.add(agreement.state().toUpperCase(Locale.ROOT) + "|"
                        + agreement.county().toLowerCase(Locale.ROOT));
            }
        }
        return new Ice287gSnapshot(agreements, rowsRead, agreements.size(), blank, byModel, states.size(),
                counties.size(), warnings);
    }

    /** Reads one non-blank data row, adding its warnings. */
    private record RowReader(RawRow row, Map<Columns, Integer> columns, List<ImportWarning> warnings) {

        Optional<Agreement287g> read() {
            String agency = text(Columns.AGENCY);
            String stateText = text(Columns.STATE);
            if (agency.isEmpty() && stateText.isEmpty()) {
                warn("no STATE and no LAW ENFORCEMENT AGENCY; row skipped");
                return Optional.empty();
            }
            if (agency.isEmpty()) {
                warn("no LAW ENFORCEMENT AGENCY; agreement kept without an agency name");
            }
            return Optional.of(new Agreement287g(state(stateText), agency, text(Columns.TYPE), county(),
                    model(), signed(), text(Columns.MOA), row.sheetRow()));
        }

        private String state(String stateText) {
            Optional<String> code = UsStates.code(stateText);
            if (code.isEmpty()) {
                warn("STATE '" + stateText + "' is not a recognised U.S. state; kept as written");
            }
            return code.orElse(stateText);
        }

        private String county() {
            String county = text(Columns.COUNTY);
            return NO_COUNTY.contains(county.toUpperCase(Locale.ROOT)) ? "" : county;
        }

        private Model287g model() {
            String support = text(Columns.SUPPORT_TYPE);
            Optional<Model287g> model = SupportTypes.model(support);
            if (model.isEmpty()) {
                warn(support.isEmpty() ? "no SUPPORT TYPE; agreement kept without a 287(g) model"
                        : "SUPPORT TYPE '" + support + "' is not Jail Enforcement Model, Task Force Model or "
                        + "Warrant Service Officer; agreement kept without a 287(g) model");
            }
            return model.orElse(null);
        }

        private LocalDate signed() {
            Object cell = cell(Columns.SIGNED);
            if (Cells.blank(cell)) {
                return null;
            }
            Optional<LocalDate> date = SignedDates.parse(cell);
            if (date.isEmpty()) {
                warn("SIGNED '" + Cells.text(cell) + "' is not a recognisable date; agreement kept without a "
                        + "signed date");
            }
            return date.orElse(null);
        }

        private Object cell(Columns column) {
            Integer index = columns.get(column);
            return index == null ? null : row.cell(index);
        }

        private String text(Columns column) {
            return Cells.text(cell(column));
        }

        private void warn(String message) {
            warnings.add(new ImportWarning(row.sheetRow(), "Row " + row.sheetRow() + ": " + message + "."));
        }
    }
}
