package org.amparo.summaries.reports;

import java.util.List;

/** One table of an aggregate report: rows of counts under column headings (the first heading names the rows). */
public record ReportTable(String id, String title, List<String> header, List<Row> rows) {

    public ReportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A labelled row of counts, one per column after the first. */
    public record Row(String label, List<Count> counts) {

        public Row {
            counts = List.copyOf(counts);
        }
    }
}
