package org.amparo.interchange.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed column list is the one the reader and writer use (regenerate with -Dfacts.csv.write=true). */
class CsvColumnsDocTest {

    private static final Path DOC = Path.of("resources/schema/facts-csv.md");

    @Test
    void theDocumentedColumnsAreTheColumnsInUse() throws Exception {
        if (Boolean.getBoolean("facts.csv.write")) {
            Files.writeString(DOC, CsvColumnsDoc.render());
        }
        assertThat(Files.readString(DOC)).isEqualTo(CsvColumnsDoc.render());
    }

    @Test
    void columnsAreNamedAsDocumented() {
        CsvColumns columns = CsvColumns.standard();
        assertThat(columns.byName("given_name").jsonPath()).isEqualTo("$.person.given_name");
        assertThat(columns.byName("address_city").jsonPath()).isEqualTo("$.person.address.city");
        assertThat(columns.byName("family_6_given_name").jsonPath()).isEqualTo("$.family_members[5].given_name");
        assertThat(columns.byName("family_7_given_name")).isNull();
        assertThat(columns.byName("court_event_3_date").kind()).isEqualTo(CsvColumn.Kind.DATE);
        assertThat(columns.byName("u_certification_agency").jsonPath()).isEqualTo("$.u.certification.agency");
        assertThat(columns.byName("conviction_4_tags").kind()).isEqualTo(CsvColumn.Kind.LIST);
        assertThat(columns.byName("schema")).isNull();
        assertThat(columns.byName("facts_sources")).isNull();
    }
}
