package org.amparo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.amparo.cases.DefaultCaseService;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.facts.FactsJson;
import org.amparo.interchange.data.ImportBatchRepository;
import org.amparo.interchange.io.CsvRoundTripTest;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.screening.SyntheticFacts;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export then import into another vault reproduces the same facts, through the real case store. */
class ExportImportRoundTripTest {

    @TempDir
    Path dir;

    /** One vault with its import and export services. */
    static final class Vault {
        final DefaultImportService imports;
        final DefaultExportService exports;

        Vault() {
            Database db = TestDatabases.freshInMemory();
            Clock clock = ImportServiceTest.CLOCK;
            var clients = new DefaultClientService(new ClientRepository(db), () -> "advocate1", clock,
                org.amparo.security.TestSecurity.permitAll("test", org.amparo.security.Role.ATTORNEY, "main"));
            var access = TestSecurity.permitAll("advocate1", Role.ATTORNEY, "main");
            var audit = new TestSecurity.RecordingAuditLog();
            var cases = new DefaultCaseService(db, clients, access, audit, clock);
            imports = new DefaultImportService(cases, clients, new FakeBackups(), new ImportBatchRepository(db), db,
                    access, audit, clock);
            exports = new DefaultExportService(clients, cases, db, access, audit);
        }

        ImportReport importFile(Path file) throws ImportRefusedException {
            return imports.commit(imports.dryRun(file, ImportProgress.NONE), true, ImportProgress.NONE);
        }

        String export(ExportFormat format) throws Exception {
            StringWriter out = new StringWriter();
            exports.export(format, RedactionProfile.FULL, out);
            return out.toString();
        }
    }

    private Path syntheticFile(int count) throws Exception {
        SyntheticFacts generator = new SyntheticFacts(11, 0.2);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append(FactsJson.mapper().writeValueAsString(generator.next(i))).append('\n');
        }
        return Files.writeString(dir.resolve("synthetic.jsonl"), lines);
    }

    @Test
    void aJsonExportImportedIntoAnotherVaultExportsTheSameFacts() throws Exception {
        Vault first = new Vault();
        ImportReport imported = first.importFile(syntheticFile(120));
        assertThat(imported.imported()).isGreaterThan(60);
        String exported = first.export(ExportFormat.JSON);

        Vault second = new Vault();
        ImportReport again = second.importFile(Files.writeString(dir.resolve("export.json"), exported));

        assertThat(again.rejected()).isEmpty();
        assertThat(again.imported()).isEqualTo(imported.imported());
        assertThat(withoutRefs(second.export(ExportFormat.JSON), false))
                .isEqualTo(withoutRefs(exported, false));
    }

    @Test
    void aCsvExportImportedIntoAnotherVaultKeepsEveryFactTheCsvHolds() throws Exception {
        Vault first = new Vault();
        first.importFile(syntheticFile(80));
        String json = first.export(ExportFormat.JSON);
        String csv = first.export(ExportFormat.CSV);

        Vault second = new Vault();
        ImportReport again = second.importFile(Files.writeString(dir.resolve("export.csv"), csv));

        assertThat(again.rejected()).isEmpty();
        assertThat(CsvRoundTripTest.normalise(withoutRefs(second.export(ExportFormat.JSON), true)))
                .as("blank CSV cells read as unknown: an empty list and an unknown one compare equal")
                .isEqualTo(CsvRoundTripTest.normalise(withoutRefs(json, true)));
    }

    /** The documents without their client refs (ids differ between vaults), optionally without JSON-only facts. */
    private static JsonNode withoutRefs(String export, boolean csvOnly) throws Exception {
        ArrayNode docs = (ArrayNode) FactsJson.mapper().readTree(export);
        docs.forEach(d -> {
            ((ObjectNode) d).remove("ref");
            if (csvOnly) {
                ((ObjectNode) d).remove("facts_sources");
                ((ObjectNode) d).remove("extensions");
            }
        });
        return docs;
    }
}
