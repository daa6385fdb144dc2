package org.amparo.courthouse.ice287g;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.facts.FactsJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ICE's real list of 16 May 2025. Expected figures were counted independently from the workbook's XML (unzip +
 * a throwaway script): 586 sheet rows, header on row 1, 571 agreements on rows 2–572, 14 empty rows 573–586,
 * 91 JEM / 275 TFM / 205 WSO, 40 states, 287 distinct (state, county) pairs once "#N/A"/"N/A" (166 rows) and
 * trailing spaces are set aside, and one typed date "05/082025" on row 545.
 */
class Ice287gParserRealFileTest {

    private static final Path FILE = Path.of("../shared/data/ice-287g/participatingAgencies05162025am.xlsx");

    private static Ice287gSnapshot snapshot;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = Files.newInputStream(FILE)) {
            snapshot = new Ice287gParser().parse(in, FILE.getFileName().toString());
        }
    }

    @Test
    void countsRowsAgreementsAndBlankRows() {
        assertThat(snapshot.rowsRead()).isEqualTo(585);
        assertThat(snapshot.agreementsImported()).isEqualTo(571).isEqualTo(snapshot.agreements().size());
        assertThat(snapshot.blankRowsSkipped()).isEqualTo(14);
    }

    @Test
    void countsAgreementsByModelStatesAndCounties() {
        assertThat(snapshot.byModel()).isEqualTo(Map.of(Model287g.JEM, 91, Model287g.TFM, 275, Model287g.WSO, 205));
        assertThat(snapshot.states()).isEqualTo(40);
        assertThat(snapshot.counties()).isEqualTo(287);
    }

    @Test
    void warnsAboutTheTypoDateOnRow545AndKeepsTheAgreement() {
        assertThat(snapshot.warnings()).singleElement().satisfies(w -> {
            assertThat(w.row()).isEqualTo(545);
            assertThat(w.message()).contains("05/082025").contains("Row 545");
        });
        Agreement287g campbell = agreementOnRow(545);
        assertThat(campbell.agency()).isEqualTo("Campbell County Sheriff's Office");
        assertThat(campbell.state()).isEqualTo("VA");
        assertThat(campbell.model()).isEqualTo(Model287g.TFM);
        assertThat(campbell.signed()).isNull();
    }

    @Test
    void readsSerialDatesStateCodesAndTrimmedCounties() {
        Agreement287g colbert = agreementOnRow(2);
        assertThat(colbert).isEqualTo(new Agreement287g("AL", "Colbert County Sheriff's Office", "County",
                "Colbert County", Model287g.JEM, LocalDate.of(2025, 5, 8), "link pending", 2));
        assertThat(agreementOnRow(572).county()).isEqualTo("Sweetwater County");
        assertThat(agreementOnRow(572).signed()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(agreementOnRow(305).county()).as("Iowa DPS county is 'N/A'").isEmpty();
        assertThat(agreementOnRow(11).county()).as("Alaska DOC county is '#N/A'").isEmpty();
        assertThat(agreementOnRow(11).signed()).isEqualTo(LocalDate.of(2020, 7, 24));
    }

    @Test
    void reportHasTheCliFieldNames() {
        JsonNode json = FactsJson.mapper().valueToTree(snapshot.report());
        assertThat(json.fieldNames()).toIterable().containsExactly("rows_read", "agreements_imported",
                "blank_rows_skipped", "by_model", "states", "counties", "warnings");
        assertThat(json.get("by_model").get("TFM").asInt()).isEqualTo(275);
        assertThat(json.get("warnings").get(0).get("row").asInt()).isEqualTo(545);
        JsonNode plain = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(snapshot.report());
        assertThat(plain.get("agreements_imported").asInt()).isEqualTo(571);
    }

    private static Agreement287g agreementOnRow(int row) {
        return snapshot.agreements().stream().filter(a -> a.sheetRow() == row).findFirst().orElseThrow();
    }
}
