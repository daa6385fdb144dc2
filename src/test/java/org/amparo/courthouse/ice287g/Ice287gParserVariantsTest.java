package org.amparo.courthouse.ice287g;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.amparo.facts.CourtEvent.Model287g;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Later and hand-edited editions of the list: moved header, reordered and extra columns, CSV, bad cells. */
class Ice287gParserVariantsTest {

    private final Ice287gParser parser = new Ice287gParser();

    /** A sheet with two title rows, the header on row 4, columns reordered, ADDENDUM added, blank rows inside. */
    private static List<List<Object>> mangledSheet() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("287(g) Participating Agencies (fictional test edition)"));
        rows.add(row("Updated: Example Day"));
        rows.add(null);
        rows.add(row(" support type ", "County", "ADDENDUM", "Law Enforcement Agency ", "STATE", "Signed", "TYPE",
                "MOA"));
        rows.add(row("Task Force Model ", "Example County ", "link", "Example County Sheriff's Office", "FLORIDA",
                45785.0, "County", "link"));
        rows.add(row("Jail Enforcement Model", "Prueba County", "", "Prueba County Jail", "tx",
                LocalDate.of(2025, 2, 14), "County", "link pending "));
        rows.add(null);
        rows.add(row("", "", "", "", "", "", "", ""));
        rows.add(row("Warrant Service Officer", "#N/A", "", "Demo State Patrol", "New  York", "4/1/2025",
                "State Agency", "link"));
        rows.add(row("WARRANT SERVICE OFFICER", "example county", "", "Example City Police Department", "Florida",
                "March 3, 2025", "Municipality", "link"));
        rows.add(row("Task Force Model", "Ejemplo County", "", "Ejemplo County Sheriff's Office", "GEORGIA",
                "05/082025", "County", "link"));
        rows.add(row("Community Model", "Demo County", "", "Demo County Sheriff's Office", "Atlantis",
                "2025-01-31", "County", "link"));
        rows.add(row("", "", "", "", "", "", "", ""));
        return rows;
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    @Test
    void findsAMovedHeaderAndReadsReorderedColumnsWithExtras() {
        Ice287gSnapshot snapshot = parse(TestSheets.xlsx(mangledSheet()), "later-edition.xlsx");
        assertMangledSheet(snapshot, 11);
        assertThat(snapshot.agreements().get(0)).isEqualTo(new Agreement287g("FL",
                "Example County Sheriff's Office", "County", "Example County", Model287g.TFM,
                LocalDate.of(2025, 5, 8), "link", 5));
        assertThat(snapshot.agreements().get(1).signed()).as("date-formatted cell").isEqualTo(
                LocalDate.of(2025, 2, 14));
    }

    @Test
    void readsTheSameSheetAsCsv() {
        List<List<Object>> rows = mangledSheet();
        rows.remove(2);
        Ice287gSnapshot snapshot = parse(TestSheets.csv(rows), "later-edition.csv");
        assertMangledSheet(snapshot, 10);
        assertThat(snapshot.agreements().get(0).signed()).as("serial number in CSV").isEqualTo(
                LocalDate.of(2025, 5, 8));
        assertThat(snapshot.agreements().get(1).signed()).as("ISO date in CSV").isEqualTo(LocalDate.of(2025, 2, 14));
    }

    private static void assertMangledSheet(Ice287gSnapshot snapshot, int ejemploRow) {
        assertThat(snapshot.rowsRead()).isEqualTo(9);
        assertThat(snapshot.blankRowsSkipped()).isEqualTo(3);
        assertThat(snapshot.agreementsImported()).isEqualTo(6);
        assertThat(snapshot.byModel()).isEqualTo(Map.of(Model287g.JEM, 1, Model287g.TFM, 2, Model287g.WSO, 2));
        assertThat(snapshot.states()).as("FL, TX, NY, GA and the unrecognised 'Atlantis'").isEqualTo(5);
        assertThat(snapshot.counties()).as("'Example County ' and 'example county' in FL are one").isEqualTo(4);
        List<Agreement287g> agreements = snapshot.agreements();
        assertThat(agreements).extracting(Agreement287g::state).containsExactly("FL", "TX", "NY", "FL", "GA",
                "Atlantis");
        assertThat(agreements.get(2).county()).isEmpty();
        assertThat(agreements.get(2).signed()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(agreements.get(3).signed()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(agreements.get(4).signed()).isNull();
        assertThat(agreements.get(5).model()).isNull();
        assertThat(agreements.get(1).moa()).isEqualTo("link pending");
        assertThat(snapshot.warnings()).extracting(ImportWarning::row)
                .containsExactly(ejemploRow, ejemploRow + 1, ejemploRow + 1);
        assertThat(snapshot.warnings().get(0).message()).contains("05/082025");
        assertThat(snapshot.warnings().get(1).message()).contains("Atlantis");
        assertThat(snapshot.warnings().get(2).message()).contains("Community Model");
    }

    @Test
    void detectsTheFormatWithoutAFileName() {
        assertThat(parse(TestSheets.xlsx(mangledSheet()), null).agreementsImported()).isEqualTo(6);
        assertThat(parse(TestSheets.csv(mangledSheet()), "download").agreementsImported()).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void aSheetWithoutTheHeaderFailsWithAPlainMessage(String format) {
        List<List<Object>> rows = List.of(row("NAME", "PLACE"), row("Demo-Uno", "Example City"));
        byte[] bytes = format.equals("xlsx") ? TestSheets.xlsx(rows) : TestSheets.csv(rows);
        assertThatThrownBy(() -> parse(bytes, "list." + format))
                .isInstanceOf(Ice287gFormatException.class)
                .hasMessageContaining("no header row with the columns STATE, LAW ENFORCEMENT AGENCY and SUPPORT TYPE");
    }

    @Test
    void aFileThatIsNotASpreadsheetFailsWithAPlainMessage() {
        byte[] text = "not a workbook".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parse(text, "list.xlsx")).isInstanceOf(Ice287gFormatException.class)
                .hasMessageContaining("could not be read as an .xlsx spreadsheet");
        assertThatThrownBy(() -> parse(text, "list.xls")).isInstanceOf(Ice287gFormatException.class)
                .hasMessageContaining("save the file as .xlsx or .csv");
    }

    @Test
    void aRowWithOnlyAModelIsSkippedWithAWarning() {
        List<List<Object>> rows = List.of(row("STATE", "LAW ENFORCEMENT AGENCY", "SUPPORT TYPE"),
                row("Utah", "Demo County Sheriff's Office", "Jail Enforcement Model"),
                row("", "", "Task Force Model"));
        Ice287gSnapshot snapshot = parse(TestSheets.csv(rows), "x.csv");
        assertThat(snapshot.agreementsImported()).isOne();
        assertThat(snapshot.rowsRead()).isEqualTo(2);
        assertThat(snapshot.warnings()).singleElement().extracting(ImportWarning::row).isEqualTo(3);
    }

    private Ice287gSnapshot parse(byte[] bytes, String name) {
        return parser.parse(new ByteArrayInputStream(bytes), name);
    }
}
