package org.amparo.courthouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an imported file's name and a county asked for are read. */
class SourceNamesAndCountyKeysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "participatingAgencies05162025am.xlsx | participatingAgencies05162025am.xlsx | 2025-05-16",
        "C:\\Users\\prueba\\participatingAgencies12012024pm.csv | participatingAgencies12012024pm.csv | 2024-12-01",
        "/tmp/lists/agencies.xlsx | agencies.xlsx | null",
        "agencies13402025.xlsx | agencies13402025.xlsx | null",
        "export_123456789.csv | export_123456789.csv | null",
    })
    void fileNameAndListDate(String given, String name, String date) {
        assertThat(SourceNames.fileNameOnly(given)).isEqualTo(name);
        assertThat(SourceNames.listDate(given).orElse(null)).isEqualTo(date == null ? null : LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Example County | EXAMPLE COUNTY",
        "'  example   county ' | EXAMPLE COUNTY",
        "Example | EXAMPLE COUNTY",
        "Example Parish | EXAMPLE",
        "example borough | EXAMPLE COUNTY",
    })
    void aCountyIsLookedUpWithAndWithoutItsSuffix(String asked, String oneStoredKey) {
        assertThat(CountyKeys.lookupKeys(asked)).contains(oneStoredKey);
    }
}
