package org.amparo.courthouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.amparo.courthouse.data.CourthouseRepository;
import org.amparo.courthouse.data.Ice287gRepository;
import org.amparo.courthouse.ice287g.Ice287gParser;
import org.amparo.facts.CourtEvent;
import org.amparo.facts.CourtEvent.ClientRole;
import org.amparo.facts.CourtEvent.CourtType;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.facts.FactsDocument;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** A stored client's court events get their county's 287(g) models and their courthouse's recent reports. */
class DefaultCourthouseFactsTest {

    private static final LocalDate TODAY = DefaultCourthouseServiceTest.TODAY;
    private static final String LIST = "STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA\n"
            + "TX,Example County Sheriff,County,Example County,Task Force Model,1/2/2025,x\n"
            + "TX,Example County Jail,County,Example County,Jail Enforcement Model,1/2/2025,x\n";

    private final Database db = TestDatabases.freshInMemory();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
    private final Ice287gService ice287g = new DefaultIce287gService(new Ice287gRepository(db), new Ice287gParser(),
            db, TestSecurity.permitAll("prueba", Role.ATTORNEY, "Demo program"), new TestSecurity.RecordingAuditLog(),
            clock);
    private final CourthouseService courthouses = new DefaultCourthouseService(new CourthouseRepository(db), db,
            TestSecurity.permitAll("prueba", Role.ADVOCATE, "Demo program"), new TestSecurity.RecordingAuditLog());
    private final CourthouseFacts filler = new DefaultCourthouseFacts(ice287g, courthouses, clock);

    private static CourtEvent event(String ref, String courthouse, String county, List<Model287g> models,
                                    Integer reports) {
        return new CourtEvent(ref, TODAY.plusDays(14), CourtType.family, courthouse, county, "TX",
                ClientRole.petitioner, true, false, false, false, false, models, reports);
    }

    private static FactsDocument doc(LocalDate asOf, CourtEvent... events) {
        return new FactsDocument(FactsDocument.SCHEMA_ID, "demo-prueba", asOf, null, null, null, null, null, null,
                null, null, Arrays.asList(events), null, null, null, null, null);
    }

    private void importList() {
        ice287g.importList(new ByteArrayInputStream(LIST.getBytes(StandardCharsets.UTF_8)), "list.csv", false);
    }

    private long courthouseWithReports(int... daysAgo) throws Exception {
        long id = courthouses.saveCourthouse(DefaultCourthouseServiceTest.draft("Example Family Court",
                "Example County", "TX")).id();
        for (int d : daysAgo) {
            courthouses.saveReport(new IceActivityReport(null, id, TODAY.minusDays(d), "Van outside", "Advocate",
                    false, null, null, 0), TODAY);
        }
        return id;
    }

    @Test
    void modelsAndReportCountAreFilledFromTheVault() throws Exception {
        importList();
        courthouseWithReports(1, 30, 60, 120);

        CourtEvent filled = filler.withLocalData(doc(null, event("ce-1", "Example Family Court", "Example",
                null, null))).courtEvents().get(0);

        assertThat(filled.county287gModels()).containsExactlyInAnyOrder(Model287g.TFM, Model287g.JEM);
        assertThat(filled.recentIceActivityReports()).as("three within 90 days of today").isEqualTo(3);
    }

    @Test
    void theDocumentsAsOfSetsTheNinetyDayWindow() throws Exception {
        courthouseWithReports(1, 30, 60, 120);
        CourtEvent filled = filler.withLocalData(doc(TODAY.minusDays(100), event("ce-1", "Example Family Court",
                "Example County", null, null))).courtEvents().get(0);
        assertThat(filled.recentIceActivityReports()).as("only the report 120 days before today").isEqualTo(1);
    }

    @Test
    void valuesTheDocumentGivesAreKept() throws Exception {
        importList();
        courthouseWithReports(1);
        CourtEvent given = event("ce-1", "Example Family Court", "Example County", List.of(Model287g.WSO), 7);
        assertThat(filler.withLocalData(doc(null, given)).courtEvents().get(0)).isEqualTo(given);
    }

    @Test
    void withoutAListOrACourthouseOnFileBothStayUnknown() throws Exception {
        CourtEvent filled = filler.withLocalData(doc(null, event("ce-1", "Example Family Court", "Example County",
                null, null))).courtEvents().get(0);
        assertThat(filled.county287gModels()).as("no list imported: unknown, not 'no agreement'").isNull();
        assertThat(filled.recentIceActivityReports()).as("courthouse not on file: unknown, not zero").isNull();

        importList();
        courthouseWithReports();
        CourtEvent known = filler.withLocalData(doc(null, event("ce-1", "Example Family Court", "Prueba County",
                null, null))).courtEvents().get(0);
        assertThat(known.county287gModels()).as("list imported, no agreement in Prueba County").isEmpty();
        assertThat(known.recentIceActivityReports()).as("no Example Family Court in Prueba County").isNull();
    }

    @Test
    void aOnePassFillerGivesEveryDocumentTheSameAnswersAndKeepsThemForThePass() throws Exception {
        importList();
        long courthouse = courthouseWithReports(1, 30, 60, 120);
        List<FactsDocument> docs = List.of(
                doc(null, event("ce-1", "Example Family Court", "Example County", null, null)),
                doc(TODAY.minusDays(100), event("ce-2", "Example Family Court", "Example County", null, null)),
                doc(null, event("ce-3", "Example Family Court", "Prueba County", null, null),
                        event("ce-4", "Another Court", "Example County", null, null)),
                doc(null, event("ce-5", null, "Example County", null, null)),
                doc(null, event("ce-6", "Example Family Court", "Example County", List.of(Model287g.WSO), 7)));
        CourthouseFacts pass = filler.forOnePass();

        for (FactsDocument d : docs) {
            assertThat(pass.withLocalData(d)).as(d.courtEvents().get(0).ref()).isEqualTo(filler.withLocalData(d));
        }
        courthouses.saveReport(new IceActivityReport(null, courthouse, TODAY, "Agents at the door", "Advocate",
                false, null, null, 0), TODAY);
        assertThat(pass.withLocalData(docs.get(0)).courtEvents().get(0).recentIceActivityReports())
                .as("the pass keeps what it read").isEqualTo(3);
        assertThat(filler.withLocalData(docs.get(0)).courtEvents().get(0).recentIceActivityReports()).isEqualTo(4);
    }

    @Test
    void aDocumentWithoutCourtEventsIsReturnedAsItIs() {
        FactsDocument none = doc(null);
        assertThat(filler.withLocalData(none)).isSameAs(none);
    }
}
