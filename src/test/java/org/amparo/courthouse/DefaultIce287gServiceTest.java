package org.amparo.courthouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.amparo.courthouse.data.Ice287gRepository;
import org.amparo.courthouse.ice287g.Ice287gFormatException;
import org.amparo.courthouse.ice287g.Ice287gParser;
import org.amparo.courthouse.ice287g.Ice287gReport;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.junit.jupiter.api.Test;

/** Importing ICE's real list into a fresh vault database, and asking which models cover a county. */
class DefaultIce287gServiceTest {

    static final Path REAL_FILE = Path.of("../shared/data/ice-287g/participatingAgencies05162025am.xlsx");
    private static final String HEADER = "STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA\n";

    private final Database db = TestDatabases.freshInMemory();
    private final Ice287gRepository repository = new Ice287gRepository(db);
    private final org.amparo.security.TestSecurity.RecordingAuditLog audit =
            new org.amparo.security.TestSecurity.RecordingAuditLog();
    private final Ice287gService service = new DefaultIce287gService(repository, new Ice287gParser(), db,
            org.amparo.security.TestSecurity.permitAll("attorney-prueba", org.amparo.security.Role.ATTORNEY, "p"),
            audit, Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));

    private Ice287gReport importRealFile(String name, boolean dryRun) throws IOException {
        try (InputStream in = Files.newInputStream(REAL_FILE)) {
            return service.importList(in, name, dryRun);
        }
    }

    private Ice287gReport importCsv(String name, String rows) {
        return service.importList(new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)), name,
                false);
    }

    @Test
    void theRealListIsStoredWithItsFiguresAndBecomesTheSnapshotInForce() throws IOException {
        Ice287gReport report = importRealFile("/home/prueba/Downloads/participatingAgencies05162025am.xlsx", false);

        assertThat(report.agreementsImported()).isEqualTo(571);
        assertThat(report.byModel()).isEqualTo(Map.of("JEM", 91, "TFM", 275, "WSO", 205));
        assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w.row()).isEqualTo(545));
        SnapshotInfo current = service.current().orElseThrow();
        assertThat(current.sourceName()).as("file name only, no folder")
                .isEqualTo("participatingAgencies05162025am.xlsx");
        assertThat(current.listDate()).as("edition date from the file name").isEqualTo(LocalDate.of(2025, 5, 16));
        assertThat(current.importedBy()).isEqualTo("attorney-prueba");
        assertThat(current.importedAt().toInstant()).isEqualTo(Instant.parse("2026-01-15T10:00:00Z"));
        assertThat(current.agreementsImported()).isEqualTo(571);
        assertThat(current.rowsRead()).isEqualTo(585);
        assertThat(current.blankRowsSkipped()).isEqualTo(14);
        assertThat(current.warningsCount()).isEqualTo(1);
        assertThat(repository.agreementCount()).isEqualTo(571);
    }

    @Test
    void modelsForACountyComeFromTheRealListIgnoringCaseSpacingAndTheWordCounty() throws IOException {
        importRealFile("participatingAgencies05162025am.xlsx", false);

        assertThat(service.modelsFor("AL", "Colbert County")).contains(Model287g.JEM);
        assertThat(service.modelsFor("al", "  colbert   county ")).isEqualTo(service.modelsFor("AL", "Colbert County"));
        assertThat(service.modelsFor("Alabama", "COLBERT")).isEqualTo(service.modelsFor("AL", "Colbert County"));
        assertThat(service.modelsFor("WY", "Sweetwater County")).isNotEmpty();
        assertThat(service.modelsFor("TX", "Colbert County")).as("same county name, other state").isEmpty();
    }

    @Test
    void aSecondImportKeepsBothSnapshotsAndTheNewestIsInForce() throws IOException {
        importRealFile("participatingAgencies05162025am.xlsx", false);
        importCsv("participatingAgencies06012025pm.csv",
                "Texas,Demo-Ejemplo County Sheriff's Office,County,Example County,Task Force Model,6/1/2025,link\n");

        assertThat(service.snapshots()).extracting(SnapshotInfo::listDate)
                .containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 16));
        assertThat(service.current().orElseThrow().agreementsImported()).isEqualTo(1);
        assertThat(service.modelsFor("TX", "example")).containsExactly(Model287g.TFM);
        assertThat(service.modelsFor("AL", "Colbert County")).as("older snapshot no longer in force").isEmpty();
        assertThat(repository.agreementCount()).isEqualTo(572);
    }

    @Test
    void aDryRunReportsTheSameFiguresAndWritesNothing() throws IOException {
        Ice287gReport report = importRealFile("participatingAgencies05162025am.xlsx", true);

        assertThat(report.agreementsImported()).isEqualTo(571);
        assertThat(service.current()).isEmpty();
        assertThat(service.snapshots()).isEmpty();
        assertThat(repository.agreementCount()).isZero();
    }

    @Test
    void aFileThatIsNotAListStoresNothingAndKeepsThePreviousSnapshot() {
        importCsv("first.csv", "TX,Demo Police Department,Municipality,Example County,Warrant Service Officer,"
                + "3/3/2025,link\n");
        InputStream text = new ByteArrayInputStream("just some notes\nnothing else\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> service.importList(text, "notes.txt", false))
                .isInstanceOf(Ice287gFormatException.class);
        assertThat(service.snapshots()).singleElement()
                .satisfies(s -> assertThat(s.sourceName()).isEqualTo("first.csv"));
        assertThat(service.current().orElseThrow().listDate()).as("no date in the name").isNull();
    }

    @Test
    void modelsForAnUnknownCountyOrBeforeAnyImportIsEmpty() {
        assertThat(service.modelsFor("TX", "Example County")).isEmpty();
        importCsv("list.csv", "TX,Demo Sheriff's Office,County,Example County,Jail Enforcement Model,1/2/2025,link\n"
                + "TX,Demo Constable,County,Example County,Warrant Service Officer,1/3/2025,link\n"
                + "TX,Texas Demo Patrol,State Agency,N/A,Task Force Model,1/4/2025,link\n");

        assertThat(service.modelsFor("TX", "Example County")).isEqualTo(Set.of(Model287g.JEM, Model287g.WSO));
        assertThat(service.modelsFor("TX", "Prueba County")).isEmpty();
        assertThat(service.modelsFor("TX", "")).as("statewide agreements are not a county's").isEmpty();
        assertThat(service.modelsFor("", "Example County")).isEmpty();
    }

    @Test
    void anImportIsAuditedADryRunIsNotAndAnAdvocateMayNotImport() throws IOException {
        importRealFile("participatingAgencies05162025am.xlsx", true);
        assertThat(audit.entries()).isEmpty();
        importRealFile("participatingAgencies05162025am.xlsx", false);
        assertThat(audit.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(org.amparo.security.AuditAction.IMPORT);
            assertThat(e.entityId()).isEqualTo(Long.toString(service.current().orElseThrow().id()));
        });

        Ice287gService asAdvocate = new DefaultIce287gService(repository, new Ice287gParser(), db,
                org.amparo.security.TestSecurity.asUser(db, "advocate-prueba", "p", org.amparo.security.Role.ADVOCATE),
                audit, Clock.systemUTC());
        assertThatThrownBy(() -> asAdvocate.importList(new ByteArrayInputStream(HEADER.getBytes(
                StandardCharsets.UTF_8)), "list.csv", true))
                .isInstanceOf(org.amparo.security.AccessDeniedException.class);
        assertThat(asAdvocate.modelsFor("TX", "Harris County")).as("reading stays open to every role").isNotNull();
    }
}
