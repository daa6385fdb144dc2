package org.amparo.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amparo.bench.BenchFigure;
import org.amparo.cases.DefaultCaseService;
import org.amparo.clients.DefaultClientService;
import org.amparo.clients.data.ClientRepository;
import org.amparo.interchange.data.ImportBatchRepository;
import org.amparo.platform.db.Database;
import org.amparo.platform.db.TestDatabases;
import org.amparo.security.Role;
import org.amparo.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * The import figure on a small file; {@code -Dimport.bench.documents=100000} runs the full-size measurement
 * (reported in the integration notes) on the same code.
 */
class ImportBenchmarkTest {

    @Test
    void reportsSecondsForADryRunAndCommitAndLeavesTheVaultAsItWas() throws Exception {
        Database db = TestDatabases.freshInMemory();
        var clients = new DefaultClientService(new ClientRepository(db), () -> "bench", ImportServiceTest.CLOCK,
                org.amparo.security.TestSecurity.permitAll("test", org.amparo.security.Role.ATTORNEY, "main"));
        var access = TestSecurity.permitAll("bench", Role.ATTORNEY, "main");
        var audit = new TestSecurity.RecordingAuditLog();
        var cases = new DefaultCaseService(db, clients, access, audit, ImportServiceTest.CLOCK);
        var imports = new DefaultImportService(cases, clients, new FakeBackups(), new ImportBatchRepository(db), db,
                access, audit, ImportServiceTest.CLOCK);
        int documents = Integer.getInteger("import.bench.documents", 1_000);

        List<BenchFigure> figures = new ImportBenchmark(imports, documents).run(0, 42L);

        org.slf4j.LoggerFactory.getLogger(ImportBenchmarkTest.class).warn("FIGURE {}", figures.get(0));
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("import.seconds");
            assertThat(f.unit()).isEqualTo("s");
            assertThat(f.target()).isEqualTo(60.0);
            assertThat(f.value()).isPositive();
            assertThat(f.note()).startsWith(documents + " synthetic documents");
        });
        assertThat(clients.count()).isZero();
    }
}
