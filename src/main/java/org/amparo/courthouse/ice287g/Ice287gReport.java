package org.amparo.courthouse.ice287g;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The {@code import-287g} JSON report (spec/cli.md). Field names are fixed by annotations so any mapper writes
 * {@code rows_read}, {@code agreements_imported}, {@code blank_rows_skipped}, {@code by_model} ({@code JEM},
 * {@code TFM}, {@code WSO}), {@code states}, {@code counties}, {@code warnings[]} ({@code row}, {@code message}).
 */
public record Ice287gReport(
        @JsonProperty("rows_read") int rowsRead,
        @JsonProperty("agreements_imported") int agreementsImported,
        @JsonProperty("blank_rows_skipped") int blankRowsSkipped,
        @JsonProperty("by_model") Map<String, Integer> byModel,
        @JsonProperty("states") int states,
        @JsonProperty("counties") int counties,
        @JsonProperty("warnings") List<ImportWarning> warnings) {
}
