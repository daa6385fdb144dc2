package org.amparo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amparo.cases.CaseService;
import org.amparo.cases.DefaultCaseService;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.facts.FactsJson;
import org.amparo.interchange.data.ImportBatchRepository;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.AuditAction;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {

    static final String RICH = "{\"schema\":\"amparo-facts/1\",\"ref\":\"r1\",\"as_of\":\"2026-03-02\","
            + "\"person\":{\"given_name\":\"Ana\",\"family_name\":\"Ejemplo\",\"dob\":\"1990-01-01\","
            + "\"a_number\":\"A123456789\",\"phones\":[{\"number\":\"555-0100\",\"safe_to_call\":true}],"
            + "\"address\":{\"line1\":\"1 Example St\",\"city\":\"Example City\",\"state\":\"CA\"},"
            + "\"safe_contact_notes\":\"call only mornings\"},"
            + "\"immigration\":{\"entry_manner\":\"EWI\"},\"u\":{\"victim_role\":\"direct\"},"
            + "\"t\":{\"trafficking_type\":\"labor\"},\"vawa\":{\"abuser_status\":\"USC\"},"
            + "\"family_members\":[{\"ref\":\"f1\",\"relationship\":\"spouse\",\"given_name\":\"Bo\","
            + "\"is_abuser\":true,\"perpetrator_of_crime\":true,\"retaliation_danger\":true}],"
            + "\"court_events\":[{\"ref\":\"c1\",\"date\":\"2026-04-01\",\"court_type\":\"family\","
            + "\"abuser_knows_date\":true,\"abuser_threatened_immigration_report\":true}]}";

    @TempDir
    Path dir;

    Database db;
    DefaultClientService clients;
    CaseService cases;
    TestSecurity.RecordingAuditLog audit;
    DefaultExportService export;
    DefaultImportService imports;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabases.freshInMemory();
        clients = new DefaultClientService(new ClientRepository(db), () -> "advocate1", ImportServiceTest.CLOCK,
                org.amparo.security.TestSecurity.permitAll("test", org.amparo.security.Role.ATTORNEY, "main"));
        audit = new TestSecurity.RecordingAuditLog();
        var access = TestSecurity.permitAll("advocate1", Role.ADVOCATE, "north");
        cases = new DefaultCaseService(db, clients, access, audit, ImportServiceTest.CLOCK);
        export = new DefaultExportService(clients, cases, db, access, audit);
        imports = new DefaultImportService(cases, clients, new FakeBackups(), new ImportBatchRepository(db), db, access,
                audit, ImportServiceTest.CLOCK);
        Path f = Files.writeString(dir.resolve("rich.json"), RICH);
        imports.commit(imports.dryRun(f, ImportProgress.NONE), false, ImportProgress.NONE);
    }

    JsonNode exported(RedactionProfile profile) throws Exception {
        StringWriter out = new StringWriter();
        export.export(ExportFormat.JSON, profile, out);
        return FactsJson.mapper().readTree(out.toString()).get(0);
    }

    @Test
    void aFullExportKeepsEveryFactAndIsAuditedPerClient() throws Exception {
        JsonNode doc = exported(RedactionProfile.FULL);

        long id = clients.search("", 1).get(0).id();
        assertThat(doc.get("ref").asText()).isEqualTo("client-" + id);
        for (String kept : List.of("/person/a_number", "/person/phones/0/number", "/person/address/line1",
                "/person/safe_contact_notes", "/immigration/entry_manner", "/u/victim_role", "/t/trafficking_type",
                "/vawa/abuser_status", "/family_members/0/is_abuser", "/court_events/0/abuser_knows_date")) {
            assertThat(doc.at(kept).isMissingNode()).as(kept).isFalse();
        }
        assertThat(audit.entries()).contains(new TestSecurity.RecordingAuditLog.Entry(AuditAction.EXPORT, "client",
                Long.toString(id)));
    }

    @Test
    void theReferralProfileLeavesOutContactImmigrationAndProtectedFacts() throws Exception {
        JsonNode doc = exported(RedactionProfile.REFERRAL);

        assertThat(doc.fieldNames()).toIterable().containsExactlyInAnyOrder("schema", "ref", "person",
                "family_members", "court_events");
        assertThat(doc.get("person").fieldNames()).toIterable().containsExactlyInAnyOrder("given_name",
                "family_name", "aliases", "dob", "countries_of_citizenship", "languages");
        assertThat(doc.at("/family_members/0/is_abuser").asBoolean()).isTrue();
        assertThat(doc.at("/court_events/0/abuser_knows_date").asBoolean()).isTrue();
    }

    @Test
    void theClientProfileAlsoLeavesOutAbuserFacts() throws Exception {
        JsonNode doc = exported(RedactionProfile.CLIENT);

        assertThat(doc.get("family_members").get(0).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("ref", "relationship", "given_name");
        assertThat(doc.get("court_events").get(0).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("ref", "date", "court_type");
        assertThat(doc.has("vawa")).isFalse();
    }

    @Test
    void aCsvExportImportsBackToTheSameFacts() throws Exception {
        StringWriter out = new StringWriter();
        ExportResult result = export.export(ExportFormat.CSV, RedactionProfile.FULL, out);
        assertThat(result.clients()).isEqualTo(1);
        Path csv = Files.writeString(dir.resolve("export.csv"), out.toString());

        ImportReport report = imports.dryRun(csv, ImportProgress.NONE).report();

        assertThat(report.rejected()).isEmpty();
        assertThat(report.likelyDuplicates()).extracting(ImportDuplicate::matches)
                .containsExactly("client " + clients.search("", 1).get(0).id());
        assertThat(out.toString()).startsWith("ref,as_of,given_name,");
    }
}
