package org.amparo.courthouse.ice287g;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.amparo.courthouse.DefaultIce287gService;
import org.amparo.courthouse.Ice287gService;
import org.amparo.courthouse.data.Ice287gRepository;
import org.amparo.facts.CourtEvent.Model287g;
import org.amparo.platform.db.TestDatabases;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures (does not assert) the warm parse and import times of a generated 1,000-row .xlsx list. */
class Ice287gParserTimingTest {

    private static final Logger LOG = LoggerFactory.getLogger(Ice287gParserTimingTest.class);
    private static final String[] MODELS = {"Jail Enforcement Model", "Task Force Model ", "Warrant Service Officer"};

    private static byte[] thousandRowSheet() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE", "SIGNED", "MOA",
                "ADDENDUM"));
        for (int i = 0; i < 1000; i++) {
            rows.add(Arrays.asList("TEXAS", "Demo-" + i + " County Sheriff's Office", "County", "Demo-" + i + " County",
                    MODELS[i % 3], 45000.0 + i, "link", ""));
        }
        return TestSheets.xlsx(rows);
    }

    @Test
    void parsesAThousandRowSheet() {
        byte[] sheet = thousandRowSheet();
        Ice287gParser parser = new Ice287gParser();
        for (int i = 0; i < 5; i++) {
            parser.parse(new ByteArrayInputStream(sheet), "warm-up.xlsx");
        }
        long[] nanos = new long[10];
        Ice287gSnapshot last = null;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            last = parser.parse(new ByteArrayInputStream(sheet), "timed.xlsx");
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        LOG.info("287(g) parse of 1,000 rows ({} bytes), warm: median {} ms, min {} ms, max {} ms", sheet.length,
                nanos[5] / 1_000_000.0, nanos[0] / 1_000_000.0, nanos[9] / 1_000_000.0);
        assertThat(last.agreementsImported()).isEqualTo(1000);
        assertThat(last.counties()).isEqualTo(1000);
    }

    @Test
    void importsAThousandRowSheetIntoTheVault() {
        byte[] sheet = thousandRowSheet();
        var db = TestDatabases.freshInMemory();
        Ice287gService service = new DefaultIce287gService(new Ice287gRepository(db), new Ice287gParser(), db,
                org.amparo.security.TestSecurity.permitAll("prueba", org.amparo.security.Role.ATTORNEY, "p"),
                new org.amparo.security.TestSecurity.RecordingAuditLog(), java.time.Clock.systemUTC());
        for (int i = 0; i < 3; i++) {
            service.importList(new ByteArrayInputStream(sheet), "warm-up.xlsx", false);
        }
        long[] nanos = new long[7];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            service.importList(new ByteArrayInputStream(sheet), "participatingAgencies03012026am.xlsx", false);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        LOG.info("287(g) import (parse and store) of 1,000 rows, warm: median {} ms, min {} ms, max {} ms",
                nanos[3] / 1_000_000.0, nanos[0] / 1_000_000.0, nanos[6] / 1_000_000.0);
        assertThat(service.current()).hasValueSatisfying(s -> assertThat(s.agreementsImported()).isEqualTo(1000));
        assertThat(service.modelsFor("TX", "Demo-7 County")).containsExactly(Model287g.TFM);
    }
}
